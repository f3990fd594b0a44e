/**
 * How sections order the phases when a document groups its topics under a
 * heading that names no phase ("Deep dives", "Design"): the topics are read
 * in their own right (catalog, phases-in-order: a section is out of order
 * when it is mainly about a later phase's work).
 */
import { ruleTester } from '../helpers/rule-tester.js';

const deepDives = (first: string, second: string): string =>
  `# Speech\n\n## Clarify and scope\n\nWe transcribe support calls; the task is speech recognition for 12 languages.\n\n## Deep dives\n\n${first}\n\n${second}\n\n## Monitoring\n\nWe alert on word error rate per language every day.\n`;

const training = '### Fine-tuning the pretrained encoder\n\nWe fine-tune the model with Adam and early stopping on the training set.';
const labelling = '### Labelling and annotation\n\nLabels come from human annotators who transcribe 5,000 calls; the dataset is preprocessed and deduplicated.';

ruleTester('phases-in-order', {
  pass: [{ name: 'topics under "Deep dives" in the framework order', markdown: deepDives(labelling, training) }],
  fail: [{ name: 'topics under "Deep dives": training before labelling', markdown: deepDives(training, labelling) }],
});

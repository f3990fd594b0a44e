/**
 * Rule tables for phase `data`, written from the catalog
 * (shared/spec/rules.md), not from the detectors.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { crlf, hiddenOnly, interviewerQuestions } from './cases.js';

ruleTester('data-sources-identified', {
  pass: [
    { name: "a Sources label", markdown: "# Video search\n\n- Sources: videos (1B) and their text metadata\n", lines: [3] },
    { name: 'impression and click logs', markdown: '# Ads\n\nWe train on the impression and click logs of the last 90 days.\n', lines: [3] },
    { name: 'transaction records in a list', markdown: '# Fraud\n\n## Data\n\n- Transaction records from the payments database\n- Chargeback reports from the card networks\n', lines: [5] },
    { name: 'user and item databases', markdown: '# Shop\n\nItem metadata comes from the product catalog database and user profiles from the accounts database.\n', lines: [3] },
    { name: 'crawled content', markdown: '# Search\n\nThe index is built from crawled web pages, refreshed weekly.\n', lines: [3] },
    { name: 'third-party API', markdown: '# Delivery\n\nWeather features come from a third-party weather API.\n', lines: [3] },
    { name: 'sensor feeds', markdown: '# Maintenance\n\nWe use the vibration and temperature sensor feeds of every turbine.\n', lines: [3] },
    { name: 'a table in the warehouse', markdown: '# Shop\n\nWe read the orders table in the data warehouse.\n', lines: [3] },
    { name: 'third-party vendor', markdown: '# Shop\n\nDemographics are bought from a third-party data vendor.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Returns\n\nWe join the `orders` and `returns` tables from the transactions database.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Returns\n\nInstead of buying third-party data, we use our own purchase logs.\n', lines: [3] },
    { name: 'hyphenated click-stream in a table', markdown: '# News\n\n| Source | Contents |\n|---|---|\n| Click-stream | page views and clicks per session |\n', lines: [5] },
    { name: 'in a nested list', markdown: '# Music\n\n- Data\n  - Listening events from the playback logs\n', lines: [4] },
    { name: 'answer after the question counts', markdown: '# Jobs\n\nWhich data do we have? We have the application events log and the job postings database.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Rides\n\n## Data sources\n\nGPS traces from the driver app and the trip records table.\n'), lines: [5] },
  ],
  fail: [
    { name: "a Sources label whose value says nothing is there", markdown: "# Feed\n\n- data sources: didn't get to it, assume we have what we need\n" },
    { name: "a transcript as the thing the model reads, not a source", markdown: "# Speech\n\nGiven audio and its known transcript, forced alignment finds the word boundaries.\n" },
    { name: 'we need data, no source', markdown: '# Feed\n\nWe need a lot of labelled data to train the model.\n' },
    { name: 'only asked as a question', markdown: '# Feed\n\nWhich logs do we have access to?\n' },
    interviewerQuestions(['Do we have click logs?', 'Can we use third-party data?'], 'We recommend articles.'),
    { name: 'negated only', markdown: '# Feed\n\nWe have no access to user logs.\n' },
    { name: 'negated with "will not"', markdown: '# Shop\n\nWe will not use the clickstream.\n' },
    { name: 'bare outline items of an unfilled template', markdown: '# Feed\n\n## Data\n\n- Data sources\n- Labels\n- Features\n' },
    ...hiddenOnly('Training data: the clickstream logs of the last 30 days.', 'We recommend products to shoppers.'),
    { name: 'CRLF, no source', markdown: crlf('# Churn\n\n## Data\n\nWe collect the data we need.\n') },
  ],
});

ruleTester('labeling-strategy-defined', {
  pass: [
    { name: "labels are somebody's judgements", markdown: "# Triage\n\nLabels are the nurses' dispositions after each call.\n", lines: [3] },
    { name: "terse label encoding", markdown: "# Hotels\n\n- one row = one hotel shown for one search\n- booked = 1, not booked = 0\n", lines: [4] },
    { name: 'implicit feedback: click is positive', markdown: '# Ads\n\nA click within 30 seconds of the impression is a positive; an impression without a click is a negative.\n', lines: [3] },
    { name: 'human annotation via crowdsourcing', markdown: '# Moderation\n\nLabels come from crowdsourced annotators, with three votes per image.\n', lines: [3] },
    { name: 'delayed outcome (chargebacks)', markdown: '# Fraud\n\nA transaction is labelled fraud when a chargeback arrives within 90 days.\n', lines: [3] },
    { name: 'weak supervision', markdown: '# Support\n\nWe use weak supervision: keyword heuristics produce noisy labels for ticket topics.\n', lines: [3] },
    { name: 'explicit feedback (ratings)', markdown: '# Movies\n\nThe target is the star rating (1 to 5) users give after watching.\n', lines: [3] },
    { name: 'a purchase counts as a positive', markdown: '# Shop\n\nWe treat a purchase as a positive example.\n', lines: [3] },
    { name: 'moderators label (British spelling)', markdown: '# Safety\n\nPosts are labelled by our in-house trust-and-safety moderators.\n', lines: [3] },
    { name: 'explicit feedback (reports) in a list', markdown: '# Email\n\n## Labels\n\n- Positives: emails that users report as spam\n', lines: [5] },
    { name: 'instead of X, Y: Y counts', markdown: '# Feed\n\nInstead of human raters, we use clicks as positive labels.\n', lines: [3] },
    { name: 'annotators label by hand', markdown: '# Bots\n\nAnnotators label 10,000 sampled sessions by hand.\n', lines: [3] },
    { name: 'delayed outcome in a nested list', markdown: '# Returns\n\n- Labels\n  - a return within 30 days marks the order as positive\n', lines: [4] },
    { name: 'answer after the question counts', markdown: '# Churn\n\nWhere do labels come from? A customer who cancels within 30 days is labelled as churned.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Jobs\n\n## Labels\n\nAn application counts as a positive; a skipped job as a negative.\n'), lines: [5] },
  ],
  fail: [
    { name: "labels judged, not defined", markdown: "# Triage\n\nLabels are the hard part of this problem.\n" },
    { name: "the label left as a placeholder", markdown: "# Events\n\n- label: TBD.\n" },
    { name: 'labels used, origin not stated', markdown: '# Fraud\n\nWe train a classifier on labelled transactions.\n' },
    { name: 'no labels at all', markdown: '# Movies\n\nWe do not have labels.\n' },
    { name: 'bare outline items of an unfilled template', markdown: '# Feed\n\n## Data\n\n- Data sources\n- Labelling strategy\n- Features\n' },
    { name: 'only asked as a question', markdown: '# Fraud\n\nHow do we get labels for fraud?\n' },
    interviewerQuestions(['Do we have human-labelled data?', 'Is a click a good enough positive?'], 'We detect spam comments.'),
    { name: 'negated only', markdown: '# Moderation\n\nWe will not use human annotation.\n' },
    ...hiddenOnly('Labels: a click is a positive, a skip is a negative.', 'We recommend songs.'),
    { name: 'CRLF, labels only named', markdown: crlf('# Churn\n\nLabels are the hard part of this problem.\n') },
  ],
});

ruleTester('preprocessing-described', {
  pass: [
    { name: "a weak verb working on data", markdown: "# Pricing\n\nPrices are clipped at the 99th percentile before training.\n", lines: [3] },
    { name: 'median imputation', markdown: '# Credit\n\nMissing ages are imputed with the median age.\n', lines: [3] },
    { name: 'standardised (British spelling)', markdown: '# Credit\n\nNumeric features are standardised to zero mean and unit variance.\n', lines: [3] },
    { name: 'log-transformed (inflection)', markdown: '# Homes\n\nPrices are log-transformed before training.\n', lines: [3] },
    { name: 'one-hot and hashing', markdown: '# Ads\n\nCountry is one-hot encoded and the merchant id is hashed into 2^20 buckets.\n', lines: [3] },
    { name: 'deduplication', markdown: '# Listings\n\nWe deduplicate near-identical listings before training.\n', lines: [3] },
    { name: 'bucketizing (a step the list does not name)', markdown: '# Credit\n\nWe bucketize age into 10 bins.\n', lines: [3] },
    { name: 'stop-word removal', markdown: '# Reviews\n\nWe remove stop words from the reviews.\n', lines: [3] },
    { name: 'min-max scaled', markdown: '# Credit\n\nCounts are min-max scaled.\n', lines: [3] },
    { name: 'normalise (British spelling)', markdown: '# Fraud\n\nWe normalise the amounts per currency.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Fraud\n\nWe apply `one-hot encoding` to the country field.\n', lines: [3] },
    { name: 'tokenization', markdown: '# Reviews\n\nReview text is lower-cased and tokenized with a WordPiece tokenizer.\n', lines: [3] },
    { name: 'outliers clipped, in a table', markdown: '# ETA\n\n| Step | Detail |\n|---|---|\n| Outlier handling | trips over 3 hours are dropped |\n', lines: [5] },
    { name: 'instead of X, Y: Y counts', markdown: '# Credit\n\nInstead of dropping rows with missing income, we impute it with the mean.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# Fraud\n\n- Preprocessing\n  - normalization of amounts per currency\n', lines: [4] },
    { name: 'CRLF line endings', markdown: crlf('# Search\n\n## Data\n\nQueries are lower-cased and stripped of punctuation before tokenization.\n'), lines: [5] },
  ],
  fail: [
    { name: "a weak verb working on no data", markdown: "# Platform\n\n- Standardize workflows and tools across teams\n" },
    { name: "stemming in the sense of originating", markdown: "# Fraud\n\nMost losses come from chargebacks stemming from stolen cards.\n" },
    { name: "a step on the outputs, after the model", markdown: "# Home\n\nThere is a small de-duplication step after the model so a show never appears twice.\n" },
    { name: '"data cleaning" alone', markdown: '# Churn\n\nWe clean the data before training.\n' },
    { name: 'only asked as a question', markdown: '# Credit\n\nShould we normalize the features?\n' },
    interviewerQuestions(['Are there many missing values?', 'Do we need to deduplicate the events?'], 'We predict loan defaults.'),
    { name: 'negated: no normalization is needed', markdown: '# Credit\n\nNo normalization is needed for tree models.\n' },
    { name: 'negated: we skip deduplication', markdown: '# Events\n\nWe skip deduplication of events.\n' },
    ...hiddenOnly('Numeric features are standardized and categories one-hot encoded.', 'We predict loan defaults.'),
    { name: 'CRLF, only generic cleaning', markdown: crlf('# Churn\n\n## Data\n\nThe data goes through a cleaning step.\n') },
  ],
});

ruleTester('features-listed', {
  pass: [
    { name: "a table introduced by a features label", markdown: "# Claims\n\n**Features.**\n\n| Group | Examples |\n|---|---|\n| Timing | days between policy start and loss |\n| Policy | premium payments missed |\n| Claim | claimed amount vs. vehicle value |\n", lines: [7] },
    { name: "a list introduced as input channels", markdown: "# Anomalies\n\nPer service we use these input channels:\n\n- Request rate and error rate of the service.\n- Queue depth.\n- Hour of week.\n", lines: [5] },
    { name: 'three features after a colon', markdown: '# Videos\n\nFeatures: user age, watch history, video length.\n', lines: [3] },
    { name: 'a lead-in other than "features"', markdown: '# Shop\n\nSignals: recency, frequency and monetary value.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Feed\n\nInstead of raw clicks, we use click rate, dwell time and scroll depth as features.\n', lines: [3] },
    { name: 'a bullet list', markdown: '# Login risk\n\n## Features\n\n- account age\n- number of failed logins in the last hour\n- device fingerprint\n', lines: [5] },
    { name: 'in a table', markdown: '# Homes\n\n| Feature | Type |\n|---|---|\n| price | numeric |\n| distance to centre | numeric |\n| host rating | numeric |\n', lines: [5] },
    { name: 'inline code counts', markdown: '# Grocery\n\nFeatures include `user_age`, `days_since_last_order` and `basket_size`.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# Churn\n\n- Features\n  - tenure in months\n  - number of support tickets\n  - plan price\n', lines: [4] },
    { name: 'CRLF line endings', markdown: crlf('# ETA\n\n## Features\n\nFeatures are pickup distance, time of day and the current traffic speed.\n'), lines: [5] },
  ],
  fail: [
    { name: "a speaker label is not a features label", markdown: "# Home\n\n*Interviewer: What data do you have?*\n\nMe: We'd collect user data and title data, so user features and item features.\n" },
    { name: "one feature with its weighting, not three", markdown: "# Spam\n\nFeatures will be a bag of words over the subject and body, with TF-IDF weights.\n" },
    { name: "two groups, said twice over two clauses", markdown: "# Home\n\nWe'd collect user data and title data, so user features and item features.\n" },
    { name: 'two feature groups only', markdown: '# Feed\n\nWe use user and item features.\n' },
    { name: 'two features only', markdown: '# Stays\n\nFeatures: price and distance.\n' },
    { name: 'only features to ask about', markdown: '# Login risk\n\n## Questions\n\n- Which user features are available?\n- Do we know the device type?\n- Can we use the location?\n' },
    { name: 'generic, no feature named', markdown: '# Churn\n\nWe engineer many features from the raw logs.\n' },
    ...hiddenOnly('Features: user age, watch history, video length.', 'We rank videos for the home page.'),
    { name: 'CRLF, two groups only', markdown: crlf('# Shop\n\nThe model combines user features with product features.\n') },
  ],
});

ruleTester('training-serving-skew-addressed', {
  pass: [
    { name: "the sides named in the sentence before a terse 'One code path.'", markdown: "# Wake word\n\n- Skew: the feature library from the firmware is also used by the training pipeline. One code path.\n", lines: [3] },
    { name: "training reads what serving logged", markdown: "# Load\n\nThe service logs the exact weather forecast it used for every run, and training reads those logged forecasts.\n", lines: [3] },
    { name: "features written to a feature log at serving", markdown: "# Logins\n\nEach feature is computed in the login path and written to a feature log; training sets join labels onto that log.\n", lines: [3] },
    { name: "skew named as what is avoided, with the means", markdown: "# Shop\n\nTraining-serving skew is avoided by sharing one transformation library between the batch job and the online scorer.\n", lines: [3] },
    { name: 'feature store with offline and online stores', markdown: '# Feed\n\nFeatures live in a feature store with an offline store for training and an online store for serving.\n', lines: [3] },
    { name: 'a feature store named as part of the design', markdown: '# Fraud\n\nUser aggregates are written to a Feast feature store.\n', lines: [3] },
    { name: 'one shared pipeline', markdown: '# Ads\n\nTraining and serving share one feature pipeline.\n', lines: [3] },
    { name: 'a feature store product named', markdown: '# Shop\n\nWe serve features from Tecton.\n', lines: [3] },
    { name: 'online feature store in a nested list', markdown: '# Fraud\n\n- Serving\n  - features are read from the online feature store\n', lines: [4] },
    { name: 'instead of X, Y: Y counts', markdown: '# Fraud\n\nInstead of reimplementing features in the service, we read them from the feature store.\n', lines: [3] },
    { name: 'features logged at serving time', markdown: '# Search\n\nWe log the features at serving time and train on those logged features.\n', lines: [3] },
    { name: 'in a table', markdown: '# Recs\n\n| Component | Role |\n|---|---|\n| Feature store | one definition of every feature, offline and online |\n', lines: [5] },
    { name: 'CRLF line endings', markdown: crlf('# ETA\n\n## Features\n\nAll features are read from the feature store, in training and at inference.\n'), lines: [5] },
  ],
  fail: [
    { name: 'two code paths, no remedy', markdown: '# Ads\n\nWe compute features in Spark for training and in Java at serving time.\n' },
    { name: 'only asked as a question', markdown: '# Feed\n\nDo we need a feature store?\n' },
    interviewerQuestions(['Is there a feature store already?', 'Are features logged at serving time?'], 'We rank the home feed.'),
    { name: 'negated: no feature store', markdown: '# Feed\n\nWe do not need a feature store at this scale.\n' },
    { name: 'feature store only as future work', markdown: '# Shop\n\nLater we may add a feature store.\n' },
    { name: 'negated: no need for a feature store', markdown: '# Feed\n\nThere is no need for a feature store.\n' },
    ...hiddenOnly('All features come from the feature store, offline and online.', 'We rank the home feed.'),
    { name: 'CRLF, nothing said', markdown: crlf('# Churn\n\nFeatures are computed from the usage tables.\n') },
  ],
});

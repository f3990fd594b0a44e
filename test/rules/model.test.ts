/**
 * Rule tables for phase `model`, written from the catalog
 * (shared/spec/rules.md), not from the detectors.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { crlf, hiddenOnly, interviewerQuestions } from './cases.js';

ruleTester('baseline-proposed', {
  pass: [
    { name: 'start with logistic regression', markdown: '# Ads\n\nWe start with logistic regression on hashed features.\n', lines: [3] },
    { name: 'popularity baseline', markdown: '# Videos\n\nOur first model is a popularity baseline: the most-viewed videos of the last 24 hours.\n', lines: [3] },
    { name: 'LightGBM as the baseline', markdown: '# Churn\n\nAs a baseline we train LightGBM on the usage counts.\n', lines: [3] },
    { name: 'a heuristic to start with', markdown: '# Feed\n\nWe start with a heuristic: rank posts by recency.\n', lines: [3] },
    { name: 'k-nearest neighbours (British spelling) first', markdown: '# Recs\n\nWe train a k-nearest neighbours model over item embeddings first.\n', lines: [3] },
    { name: 'a decision tree as the first model', markdown: '# Triage\n\nA decision tree is our first model.\n', lines: [3] },
    { name: 'most recent first as a baseline', markdown: '# Feed\n\nAs a baseline we show the most recent posts first.\n', lines: [3] },
    { name: 'a simple rules engine to begin with', markdown: '# Fraud\n\nWe begin with a simple rules engine: block cards with more than 5 declines in an hour.\n', lines: [3] },
    { name: 'matrix factorisation (British spelling)', markdown: '# Music\n\nWe will try matrix factorisation of the listening matrix first.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Credit\n\nInstead of a neural network, we start with a random forest.\n', lines: [3] },
    { name: 'in a table', markdown: '# ETA\n\n| Stage | Model |\n|---|---|\n| v0 | XGBoost on trip features |\n| v1 | a sequence model |\n', lines: [5] },
    { name: 'inline code counts', markdown: '# Churn\n\nWe start with a `logistic regression` baseline.\n', lines: [3] },
    { name: 'answer after the question counts', markdown: '# Spam\n\nWhat do we start with? We start with naive Bayes on word counts.\n', lines: [3] },
    { name: 'existing heuristic adopted as the baseline', markdown: '# Feed\n\nThe recency heuristic we already have is our baseline.\n', lines: [3] },
    { name: 'CRLF, in a nested list', markdown: crlf('# Jobs\n\n- Models\n  - Baseline: gradient-boosted trees on member and job features\n'), lines: [4] },
  ],
  fail: [
    { name: 'an option rejected by the verdict that follows it', markdown: '# Pumps\n\n## Considered options\n\n1. **Gradient-boosted trees on daily aggregates.** Rejected: with 400 failures they learn little.\n2. **LSTM autoencoder (chosen).**\n' },
    { name: 'only a deep model', markdown: '# Feed\n\nWe train a two-tower neural network on clicks.\n' },
    { name: 'simple model only rejected', markdown: '# Search\n\nLogistic regression would be too weak here, so we go straight to a transformer.\n' },
    { name: 'negated: no baseline is needed', markdown: '# Images\n\nNo baseline is needed; we fine-tune a ResNet.\n' },
    { name: 'negated: we skip the heuristic', markdown: '# Images\n\nWe skip the heuristic baseline and fine-tune a vision transformer.\n' },
    { name: 'simple model only as future work', markdown: '# Feed\n\nWe train a DNN. Later we could compare it against a gradient-boosted tree.\n' },
    { name: 'baseline only in the future', markdown: '# Feed\n\nWe train a DNN. In the future we could add a GBDT baseline.\n' },
    { name: 'negated: won\'t bother with a baseline', markdown: '# Feed\n\nWe won\'t bother with a baseline and train a DCN directly.\n' },
    { name: 'simple model only in the existing system', markdown: '# Spam\n\nToday a rule-based system decides which emails are spam. We replace it with a BERT classifier.\n' },
    { name: 'simple model only in the quoted prompt', markdown: '# Feed\n\n> Design a recommender; the team currently uses matrix factorization.\n\nWe train a two-tower network.\n' },
    { name: 'only asked as a question', markdown: '# Churn\n\nShould we start with logistic regression? We train an MLP on the usage counts.\n' },
    interviewerQuestions(['Is a popularity baseline acceptable?', 'Can we use XGBoost?'], 'We train a deep ranking network.'),
    ...hiddenOnly('We start with logistic regression.', 'We train a deep network on the usage logs.'),
    { name: 'CRLF, only a deep model', markdown: crlf('# Voice\n\n## Model\n\nWe train an LSTM on the audio frames.\n') },
  ],
});

ruleTester('baseline-before-deep-model', {
  pass: [
    { name: 'baseline, then a DNN', markdown: '# Ads\n\nWe start with logistic regression. Once it is in place, we train a DNN on the same features.\n', lines: [3] },
    { name: 'ordered list', markdown: '# Feed\n\n1. Baseline: LightGBM on engagement features.\n2. Then a two-tower model for retrieval.\n', lines: [3, 4] },
    { name: 'deep model first as future work, proposed after the baseline', markdown: '# Search\n\nEventually we might explore transformers.\n\nWe start with a GBDT ranker. After that we train a transformer cross-encoder on the top 50 results.\n', lines: [5] },
    { name: 'deep model rejected first, baseline, then a deep proposal', markdown: '# Ads\n\nA transformer would be overkill for the first version. We start with XGBoost, then train a DCN on the same features.\n' },
    { name: 'in a table, in order', markdown: '# ETA\n\n| Step | Model |\n|---|---|\n| 1 | linear regression on distance and time of day |\n| 2 | a graph neural network over the road graph |\n', lines: [5, 6] },
    { name: 'GBDT, then fine-tuned BERT', markdown: '# Moderation\n\nWe start with a GBDT. Then we fine-tune BERT on the reported posts.\n', lines: [3] },
    { name: 'XGBoost, then an autoencoder', markdown: '# Fraud\n\nWe start with XGBoost. Then an autoencoder gives anomaly scores.\n', lines: [3] },
    { name: 'baseline first within one sentence', markdown: '# Feed\n\nWe train a GBDT baseline and a DNN.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Churn\n\n## Model\n\nWe begin with a random forest.\r\nThen we train an MLP on the same features.\n'), lines: [5, 6] },
  ],
  fail: [
    { name: 'deep model first, baseline after', markdown: '# Moderation\n\nWe train a BERT classifier. A TF-IDF plus logistic regression baseline is added for comparison.\n' },
    { name: 'deep model and no baseline', markdown: '# Images\n\nWe fine-tune a CNN on the product photos.\n' },
    { name: 'an LLM and no baseline', markdown: '# Support\n\nWe fine-tune an LLM to answer questions from the help centre.\n' },
    { name: 'deep model first within one sentence', markdown: '# Feed\n\nWe train a DNN and a GBDT baseline.\n' },
    { name: 'baseline only asked as a question', markdown: '# Images\n\nShould we start with a simple baseline? We train a CNN on the images.\n' },
    { name: 'baseline only rejected', markdown: '# Search\n\nLogistic regression would be too weak here, so we go straight to a transformer.\n' },
    { name: 'baseline only in the existing system', markdown: '# Payments\n\nThe current system is a rule engine. We propose a graph neural network over the transaction graph.\n' },
    { name: 'baseline only in the title', markdown: '# Logistic regression for churn\n\nWe train an MLP on usage counts.\n' },
    { name: 'baseline only in a fenced code block', markdown: '# Churn\n\n```python\nbaseline = LogisticRegression()\n```\n\nWe train an MLP on usage counts.\n' },
    { name: 'baseline only in an HTML comment', markdown: '# Churn\n\nWe train an MLP on usage counts.\n\n<!-- We start with logistic regression. -->\n' },
    { name: 'CRLF, deep model first', markdown: crlf('# Jobs\n\nWe use a two-tower model for retrieval.\n\nA popularity baseline is also trained.\n') },
  ],
  na: [
    { name: 'no deep model', markdown: '# Churn\n\nWe use LightGBM on usage counts.\n' },
    { name: 'deep model only as future work', markdown: '# Fraud\n\nWe ship gradient-boosted trees. In future work we could try a transformer over transaction sequences.\n' },
    { name: 'deep model only rejected', markdown: '# Credit\n\nAn LSTM would be overkill here; logistic regression is enough.\n' },
    { name: 'deep model negated', markdown: '# Credit\n\nWe will not use a neural network for credit scoring.\n' },
    { name: 'deep model only asked about', markdown: '# Credit\n\nShould we use a transformer? We use a random forest.\n' },
    { name: 'deep model only in an HTML comment', markdown: '# Credit\n\nWe use a scorecard.\n\n<!-- maybe a DNN later -->\n' },
    { name: 'deep model only in the existing system', markdown: '# Feed\n\nThe current ranker is a two-tower network. We propose a freshness heuristic on top of it.\n' },
    { name: 'CRLF, no deep model', markdown: crlf('# Spam\n\n## Model\n\nNaive Bayes over word counts.\n') },
  ],
});

ruleTester('model-choice-justified', {
  pass: [
    { name: 'a merit stated against the alternative', markdown: '# Speakers\n\n## Model\n\nWe train a time-delay neural network to produce speaker embeddings. Neural embeddings separate voices much better than GMM statistics on short utterances.\n', lines: [5] },
    { name: 'the reason leads up to the choice', markdown: '# Forms\n\n## Model\n\nCursive handwriting cannot be segmented into characters reliably, so a simple per-character model tells us little. I would go straight to a bidirectional LSTM with a CTC head.\n', lines: [5] },
    { name: 'what the deep model captures', markdown: '# Feed\n\nWe start with logistic regression, then train a two-tower model because it learns user-item interactions that a linear model cannot.\n', lines: [3] },
    { name: 'CNN learns what hand-made features miss', markdown: '# Images\n\nWe fine-tune a CNN, since it learns visual patterns from raw pixels that hand-crafted features miss.\n', lines: [3] },
    { name: 'expected gain and latency cost', markdown: '# Search\n\nWe start with a GBDT ranker and then train a transformer cross-encoder. We expect the transformer to lift NDCG by about 3% over the GBDT, at a cost of 20 ms extra latency.\n', lines: [3] },
    { name: 'compared with simpler models in general', markdown: '# Bots\n\nWe use an LSTM because, unlike simpler models, it captures the order of events in a session.\n', lines: [3] },
    { name: 'reason before the proposal', markdown: '# Bots\n\nBecause the order of events matters and a GBDT cannot see it, we use an LSTM.\n', lines: [3] },
    { name: 'first as future work, proposed and justified later', markdown: '# Feed\n\nLater we could try a transformer.\n\nWe start with a GBDT. After that we train a transformer over the session, since it models the order of clicks that the GBDT ignores.\n', lines: [5] },
    { name: 'expected lift over simpler models', markdown: '# Feed\n\nWe train a two-tower model. We chose it over simpler models for its expected 5% lift in recall.\n', lines: [3] },
    { name: 'trade-off stated', markdown: '# Ads\n\nWe train DeepFM on the ad features. DeepFM costs more to serve than a GBDT but learns feature crosses without hand-made features.\n' },
    { name: 'reason in a table', markdown: '# Feed\n\n| Model | Why |\n|---|---|\n| two-tower network | learns user and item embeddings that a GBDT cannot share across items |\n', lines: [5] },
    { name: 'British spelling', markdown: '# Music\n\nWe train a sequence transformer over listening sessions, because it captures the behaviour of a listener over time better than matrix factorisation.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Jobs\n\n## Model\n\nWe train a two-tower network.\r\nIt scales to millions of jobs, which a pairwise GBDT cannot do at retrieval time.\n'), lines: [6] },
  ],
  fail: [
    { name: 'the reason before the deep model is for the simple one', markdown: '# Clicks\n\n## Model\n\nThe first model is a logistic regression, trained with Vowpal Wabbit because it handles hashed features well.\n\nNext we train a feed-forward network with two hidden layers.\n' },
    { name: 'no reason given', markdown: '# Feed\n\nWe train a two-tower model with 128-dimensional embeddings.\n' },
    { name: 'reason only asked', markdown: '# Search\n\nWe train a transformer ranker. Is it worth the extra latency over a GBDT?\n' },
    { name: 'reason only for the baseline', markdown: '# Churn\n\nWe start with logistic regression because it is easy to debug. Then we train a DNN.\n' },
    { name: 'reason only in an HTML comment', markdown: '# Images\n\nWe fine-tune a ResNet-50.\n\n<!-- a CNN learns spatial patterns that a GBDT cannot -->\n' },
    { name: 'reason only in a fenced code block', markdown: '# Images\n\nWe fine-tune a ResNet-50.\n\n```text\nreason: a CNN learns spatial patterns that a GBDT cannot\n```\n' },
    { name: 'CRLF, no reason', markdown: crlf('# Voice\n\nWe train an LSTM on the audio frames.\n') },
  ],
  na: [
    { name: 'no deep model', markdown: '# Credit\n\nWe use a GBDT because it handles tabular data well.\n' },
    { name: 'deep model and reason only as future work', markdown: '# Social\n\nWe use logistic regression. Later we could explore a GNN, because it would capture the social graph.\n' },
    { name: 'deep model only rejected', markdown: '# Credit\n\nA transformer would be overkill here; we use logistic regression.\n' },
    { name: 'deep model only in the existing system', markdown: '# Feed\n\nThe current ranker is a two-tower network. We propose a freshness heuristic on top of it.\n' },
    { name: 'CRLF, no deep model', markdown: crlf('# Fraud\n\nWe use XGBoost on transaction features.\n') },
  ],
});

ruleTester('loss-function-specified', {
  pass: [
    { name: 'a sentence wrapped over two lines is quoted at the line of the loss', markdown: '# Tickets\n\n## Model\n\nThe main model is a transformer encoder used over\nthe ticket text, fine-tuned with a pairwise hinge loss.\n', lines: [6] },
    { name: 'a framework loss class in inline code', markdown: '# Tags\n\n## Model\n\nThe objective is `nn.BCEWithLogitsLoss()` over the 40 tags.\n', lines: [5] },
    { name: 'a sentence about training names cross-entropy without the word loss', markdown: '# Clauses\n\n## Model\n\nTraining uses token-level cross-entropy over the BIO tags.\n', lines: [5] },
    { name: 'binary cross-entropy', markdown: '# Ads\n\nThe model is trained with binary cross-entropy.\n', lines: [3] },
    { name: 'BPR loss, British spelling', markdown: '# Music\n\nWe minimise the pairwise BPR loss over sampled negatives.\n', lines: [3] },
    { name: 'Huber loss as the objective', markdown: '# ETA\n\nTraining objective: Huber loss on the trip duration in seconds.\n', lines: [3] },
    { name: 'sampled softmax', markdown: '# Retrieval\n\nWe optimize a sampled-softmax loss over in-batch negatives.\n', lines: [3] },
    { name: 'a named training objective', markdown: '# Search\n\nWe pretrain the encoder with a masked-language-model objective.\n', lines: [3] },
    { name: 'log loss as the training loss', markdown: '# Ads\n\nWe train the model to minimise log loss.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Faces\n\nThe embedding is trained with `triplet loss` and a margin of 0.2.\n', lines: [3] },
    { name: 'in a table', markdown: '# Demand\n\n| Model | Loss |\n|---|---|\n| forecaster | quantile loss at the 90th percentile |\n', lines: [5] },
    { name: 'a loss the list does not name', markdown: '# Distillation\n\nThe student is trained with a KL-divergence loss against the teacher.\n', lines: [3] },
    { name: 'MSE spelled out', markdown: '# Homes\n\nWe minimize mean squared error on the sale price.\n', lines: [3] },
    { name: 'LambdaRank', markdown: '# Search\n\nThe ranker is trained with LambdaRank.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# Feed\n\n- Training\n  - loss: binary cross-entropy\n', lines: [4] },
    { name: 'negative log-likelihood', markdown: '# Chat\n\nWe train with the negative log-likelihood of the next token.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Claims\n\nInstead of MSE, we train with a Tweedie loss.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Fraud\n\n## Training\n\nWe use focal loss to cope with the 1:1000 class imbalance.\n'), lines: [5] },
  ],
  fail: [
    { name: 'no loss', markdown: '# Ads\n\nWe train the model with Adam for 10 epochs.\n' },
    { name: 'log loss only as a metric', markdown: '# Ads\n\nWe report log loss on the test set.\n' },
    { name: 'RMSE only as a metric', markdown: '# ETA\n\nWe compare models by RMSE on the held-out week.\n' },
    { name: 'only asked as a question', markdown: '# ETA\n\nWhich loss should we use: MSE or Huber?\n' },
    interviewerQuestions(['Is cross-entropy fine for this?', 'Should we weight the positives?'], 'We train a classifier.'),
    { name: 'negated only', markdown: '# Fraud\n\nWe do not use focal loss.\n' },
    { name: 'negated in the passive', markdown: '# Feed\n\nCross-entropy loss is not used.\n' },
    ...hiddenOnly('loss = binary cross-entropy', 'We train a classifier on the payments.'),
    { name: 'CRLF, no loss', markdown: crlf('# Churn\n\nThe network is trained on six months of data.\n') },
  ],
});

ruleTester('optimizer-specified', {
  pass: [
    { name: 'Adam with a learning rate', markdown: '# Feed\n\nWe train with Adam at a learning rate of 1e-3.\n', lines: [3] },
    { name: 'AdamW', markdown: '# Search\n\nThe cross-encoder is fine-tuned with AdamW and weight decay 0.01.\n', lines: [3] },
    { name: 'SGD with momentum, spelled out', markdown: '# Images\n\nWe use stochastic gradient descent with Nesterov momentum of 0.9.\n', lines: [3] },
    { name: 'FTRL for online logistic regression', markdown: '# Ads\n\nThe logistic regression is fit online with FTRL-Proximal.\n', lines: [3] },
    { name: 'L-BFGS', markdown: '# Credit\n\nThe scorecard weights are fit with L-BFGS.\n', lines: [3] },
    { name: 'Adagrad for sparse embeddings, in a list', markdown: '# Recs\n\n- Optimizers\n  - Adagrad for the sparse embedding tables\n', lines: [4] },
    { name: 'instead of X, Y: Y counts', markdown: '# Feed\n\nInstead of plain SGD, we use Adam.\n', lines: [3] },
    { name: 'an optimizer the list does not name', markdown: '# Search\n\nWe use the LAMB optimizer for large-batch pretraining.\n', lines: [3] },
    { name: 'momentum SGD', markdown: '# Images\n\nWe use momentum SGD with a step schedule.\n', lines: [3] },
    { name: 'Optimiser (British spelling)', markdown: '# Feed\n\nOptimiser: Adam.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Churn\n\nOptimizer: `RMSprop` with the default learning rate.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# ETA\n\n## Training\n\n| Setting | Value |\n|---|---|\n| Optimizer | Adam |\n'), lines: [7] },
  ],
  fail: [
    { name: 'no optimizer', markdown: '# Feed\n\nThe network is trained for 20 epochs with batch size 512.\n' },
    { name: 'only asked as a question', markdown: '# Feed\n\nAdam or SGD?\n' },
    interviewerQuestions(['Which optimizer does the team use?', 'Is Adam acceptable?'], 'We train a ranking network.'),
    { name: 'negated only', markdown: '# Feed\n\nWe do not use Adam for the sparse layers.\n' },
    { name: 'negated with a contraction', markdown: '# Feed\n\nWe don\'t use Adam.\n' },
    ...hiddenOnly('Optimizer: AdamW with a cosine schedule.', 'We train a ranking network.'),
    { name: 'CRLF, no optimizer', markdown: crlf('# Voice\n\nThe model is trained on 10,000 hours of audio.\n') },
  ],
});

ruleTester('regularization-specified', {
  pass: [
    { name: 'an L1 penalty on the weights', markdown: '# ETA\n\n## Model\n\nThe linear model gets an L1 penalty on its weights, trained with the Huber objective.\n', lines: [5] },
    { name: 'dropout', markdown: '# Feed\n\nWe apply dropout of 0.3 after each dense layer.\n', lines: [3] },
    { name: 'L2 regularisation (British spelling)', markdown: '# Recs\n\nWe add L2 regularisation on the embeddings.\n', lines: [3] },
    { name: 'weight decay', markdown: '# Search\n\nWeight decay of 1e-4 keeps the weights small.\n', lines: [3] },
    { name: 'early stopping', markdown: '# Churn\n\nWe use early stopping on the validation loss.\n', lines: [3] },
    { name: 'max depth capped', markdown: '# Churn\n\nmax_depth is capped at 8.\n', lines: [3] },
    { name: 'dropout rate as a percentage', markdown: '# Feed\n\nWe apply a dropout rate of 10%.\n', lines: [3] },
    { name: 'data augmentation', markdown: '# Images\n\nData augmentation with random crops and flips enlarges the training set.\n', lines: [3] },
    { name: 'label smoothing', markdown: '# Intent\n\nLabel smoothing of 0.1 is applied to the targets.\n', lines: [3] },
    { name: 'tree depth and min-child limits', markdown: '# Fraud\n\nTrees are limited to depth 6 with a minimum of 50 samples per leaf.\n', lines: [3] },
    { name: 'another technique named as the remedy for overfitting', markdown: '# Images\n\nTo reduce overfitting, we use mixup on the training images.\n', lines: [3] },
    { name: 'L1 penalty in a table', markdown: '# Credit\n\n| Setting | Value |\n|---|---|\n| Penalty | L1, to keep the model sparse |\n', lines: [5] },
    { name: 'CRLF, in a nested list', markdown: crlf('# Voice\n\n- Training\n  - dropout 0.2 on the LSTM layers\n'), lines: [4] },
  ],
  fail: [
    { name: 'an L1 objective is the loss, not a penalty', markdown: '# ETA\n\n## Model\n\nWe train LightGBM regression with the L1 objective, because the errors have a long tail.\n' },
    { name: 'nothing named', markdown: '# Feed\n\nWe train for 10 epochs with Adam.\n' },
    { name: 'overfitting named, no technique', markdown: '# Feed\n\nWe make sure the model does not overfit.\n' },
    { name: 'only asked as a question', markdown: '# Feed\n\nShould we add dropout?\n' },
    interviewerQuestions(['Do we have enough data to avoid overfitting?', 'Should we use early stopping?'], 'We train a ranking network.'),
    { name: 'negated: no dropout', markdown: '# Feed\n\nWe use no dropout.\n' },
    { name: 'negated: without dropout', markdown: '# Feed\n\nWe train without dropout.\n' },
    { name: 'negated: neither ... nor', markdown: '# Feed\n\nNeither dropout nor weight decay is used.\n' },
    { name: 'L2 as a distance, not a penalty', markdown: '# Recs\n\nWe retrieve neighbours by L2 distance between embeddings.\n' },
    { name: 'dropping rows is preprocessing, not dropout', markdown: '# Credit\n\nWe drop rows with missing values.\n' },
    { name: 'negated: we skip early stopping', markdown: '# Feed\n\nWe skip early stopping and train for a fixed 5 epochs.\n' },
    ...hiddenOnly('Dropout 0.5 on every dense layer.', 'We train a ranking network.'),
    { name: 'CRLF, nothing named', markdown: crlf('# Voice\n\nThe LSTM has two layers of 256 units.\n') },
  ],
});

ruleTester('validation-split-time-based', {
  pass: [
    { name: 'train on months, validate on a later month', markdown: '# Churn\n\nWe train on January to October and validate on November.\n', lines: [3] },
    { name: 'split by a named date attribute', markdown: '# Calls\n\n## Evaluation\n\nThe clips are split by call date: the earliest 80% for training, the latest 10% for testing.\n', lines: [5] },
    { name: 'out-of-time test set', markdown: '# Credit\n\nThe out-of-time test set is the last two months of applications.\n', lines: [3] },
    { name: 'chronological split', markdown: '# Feed\n\nWe split the logs chronologically: the most recent 10% of sessions form the validation set.\n', lines: [3] },
    { name: 'out-of-time validation set', markdown: '# Credit\n\nWe use an out-of-time validation set.\n', lines: [3] },
    { name: 'backtest over the last months', markdown: '# Demand\n\nWe backtest on the last 12 months.\n', lines: [3] },
    { name: 'backtesting with expanding windows', markdown: '# Demand\n\nWe evaluate with walk-forward backtesting over expanding windows.\n', lines: [3] },
    { name: 'rolling windows', markdown: '# Demand\n\nWe use rolling windows for validation.\n', lines: [3] },
    { name: 'before / after a date', markdown: '# Fraud\n\nWe train on transactions before March 1 and test on those after.\n', lines: [3] },
    { name: 'most recent month as the test set', markdown: '# Fraud\n\nThe test set is the most recent month; training uses the eleven months before it.\n', lines: [3] },
    { name: 'last 7 days held out', markdown: '# Ads\n\nWe hold out the last 7 days for validation.\n', lines: [3] },
    { name: 'out-of-time in a nested list', markdown: '# Feed\n\n- Evaluation\n  - out-of-time test set: the last 2 weeks\n', lines: [4] },
    { name: 'negated shuffle, then a later period', markdown: '# Jobs\n\nWe will not shuffle the applications; we train on 2023 and validate on the first quarter of 2024.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Rides\n\n## Evaluation\n\nWe use a temporal split: train on weeks 1-10, test on weeks 11-12.\n'), lines: [5] },
  ],
  fail: [
    { name: 'split by a group attribute is not by time', markdown: '# Calls\n\n## Evaluation\n\nThe clips are split by caller region into training and test.\n' },
    { name: 'random split of timestamped logs', markdown: '# Ads\n\nWe randomly split three months of click logs into 80% train and 20% test.\n' },
    { name: 'k-fold cross-validation', markdown: '# Feed\n\nWe use 5-fold cross-validation on the clickstream.\n' },
    { name: 'random split by user', markdown: '# Feed\n\nWe split the viewing logs randomly by user.\n' },
    { name: 'no split at all', markdown: '# Fraud\n\nWe train a GBDT on six months of transactions.\n' },
    { name: 'time split only asked', markdown: '# Fraud\n\nShould we split by time? We split the transactions randomly.\n' },
    interviewerQuestions(['Can we split the data by time?', 'How far back do the logs go?'], 'We train a GBDT on the order history and split it 80/20 at random.'),
    { name: 'time split negated', markdown: '# Shop\n\nWe do not need a time-based split; a random 90/10 split of last year\'s orders is fine.\n' },
    { name: 'time split only in an HTML comment', markdown: '# Shop\n\nWe train on last year\'s orders.\n\n<!-- split: train Jan-Nov, test Dec -->\n' },
    { name: 'time split only in a fenced code block', markdown: '# Shop\n\nWe train on last year\'s orders.\n\n```python\ntrain, test = df[df.date < "2024-12-01"], df[df.date >= "2024-12-01"]\n```\n' },
    { name: 'CRLF, random split', markdown: crlf('# Churn\n\nThe customer snapshots of the last year are shuffled and split 70/30.\n') },
  ],
  na: [
    { name: 'fixed image set with no timestamps', markdown: '# Products\n\nThe training data is a fixed set of 50,000 licensed product photos, exported once, with no timestamps. We use a random 80/10/10 split.\n' },
    { name: 'static corpus with no dates', markdown: '# Topics\n\nOur corpus is a static set of 2M encyclopedia articles with no dates; we use 5-fold cross-validation.\n' },
    { name: 'CRLF, data has no time dimension', markdown: crlf('# Defects\n\n## Data\n\nA one-off export of 8,000 labelled wafer images; the data has no time dimension.\n') },
  ],
});

ruleTester('leakage-addressed', {
  pass: [
    { name: 'a bare leak word right after the split statement', markdown: '# Forum\n\n## Model\n\nThe split is by time: train on comments up to June, validate on July to September. Two leaks need care. The removals signal is computed only from removals made before the comment timestamp.\n', lines: [5] },
    { name: 'terse: a split by speaker against speaker leakage', markdown: '# Wake word\n\n- Split: by speaker, 80/10/10. The same speaker is never in two splits (speaker leakage would inflate recall).\n', lines: [3] },
    { name: 'near-duplicate clusters kept on one side of every split', markdown: '# Clauses\n\nIf two copies of a template fall on both sides of a split, the test score measures memorisation, a form of leakage. We keep each template cluster on one side of every split.\n', lines: [3] },
    { name: 'data leakage named and avoided', markdown: '# Churn\n\nTo prevent data leakage, every feature is computed only from events before the prediction time.\n', lines: [3] },
    { name: 'target leakage, field dropped', markdown: '# Support\n\nThe refund_issued field is known only after the outcome, so we drop it to avoid target leakage.\n', lines: [3] },
    { name: 'future information and point-in-time joins', markdown: '# Fraud\n\nWe use point-in-time joins so that no future information leaks into the training features.\n', lines: [3] },
    { name: 'leakage between users avoided by a group split', markdown: '# Health\n\nLeakage between train and test is avoided by splitting by patient.\n', lines: [3] },
    { name: 'inflection: leaking the label', markdown: '# Ads\n\nTo avoid leaking the label, post-click features are excluded from training.\n', lines: [3] },
    { name: 'in a table', markdown: '# Credit\n\n| Risk | Mitigation |\n|---|---|\n| Label leakage from collections data | features are cut off at the application date |\n', lines: [5] },
    { name: 'look-ahead bias guarded against', markdown: '# Trading\n\nWe guard against look-ahead bias by using only data available at prediction time.\n', lines: [3] },
    { name: 'leaking the label described, then excluded', markdown: '# Fraud\n\nChargeback features are only known after the fact, so including them would leak the label; we exclude them.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# Claims\n\n- Leakage\n  - to prevent label leakage, we drop fields filled in after the outcome\n' },
    { name: 'CRLF line endings', markdown: crlf('# Health\n\n## Leakage\n\nTo avoid leakage, we split by patient.\n'), lines: [5] },
  ],
  fail: [
    { name: 'water leaks next to a time split', markdown: '# Pipes\n\n## Model\n\nWe train on 2022-2024 and evaluate on 2025. The alarm threshold is set on the leak-free validation windows, computed only from readings before the repair date.\n' },
    { name: 'leak run times compared in a rollout', markdown: '# Pipes\n\n## Rollout\n\nHalf the districts keep the z-score rule; after three months we compare leak run times between the two groups, using only readings before each repair.\n' },
    { name: 'a split by speaker with no word of leakage', markdown: '# Wake word\n\n- Split: by speaker, 80/10/10.\n' },
    { name: 'safeguard with no word of what it guards against', markdown: '# Churn\n\nFeatures are built from the snapshot only.\n' },
    { name: 'risk named, no remedy', markdown: '# Churn\n\nData leakage is a risk in this problem.\n' },
    { name: 'leakage dismissed', markdown: '# Churn\n\nWe do not worry about leakage.\n' },
    { name: 'only asked as a question', markdown: '# Fraud\n\nHow do we avoid leakage?\n' },
    interviewerQuestions(['Are any fields filled in after the outcome?', 'How do we avoid label leakage?'], 'We predict churn.'),
    ...hiddenOnly('We avoid leakage by computing features only from events before the cut-off.', 'We predict churn.'),
    { name: 'CRLF, nothing said', markdown: crlf('# Fraud\n\nWe train on six months of payments.\n') },
  ],
});

/*
 * Issue 11: kinds of sentence the detectors misread, each in its passing
 * form, negated and asked, and its tricky neighbours (written from the
 * catalog, in domains of their own).
 */
ruleTester('baseline-proposed', {
  pass: [
    { name: 'terse label "Starting point:"', markdown: '# Songs\n\n## Model\n\n- Starting point: the most-played tracks of the week, one chart for everyone.\n', lines: [5] },
    { name: 'terse label "Baseline:" with a heuristic', markdown: '# Tickets\n\n## Model\n\nBaseline: keyword rules that route a ticket by its subject line.\n', lines: [5] },
    { name: 'a hedged proposal ("I could use")', markdown: '# Latency alerts\n\nFor a fast and explainable baseline I could use a seasonal naive forecast per service.\n', lines: [3] },
    { name: 'the status quo named in the same sentence does not hide the proposal', markdown: '# Careers\n\n## Model\n\nWe train a logistic regression and compare it against the current carousel.\n', lines: [5] },
  ],
  fail: [
    { name: 'negated label', markdown: '# Tickets\n\n## Model\n\nNo baseline: we fine-tune a transformer directly.\n' },
    { name: 'asked label', markdown: '# Tickets\n\n## Model\n\nBaseline: keyword rules?\n' },
    { name: 'a popularity noun in another sense ("our best sellers")', markdown: '# Bookshop\n\nLast winter several of our best sellers went out of stock.\n\n## Model\n\nWe train a transformer over the order history.\n' },
    { name: 'a menu of model families the platform supports', markdown: '# ML platform\n\nThe platform supports distributed training of decision trees, logistic regression models and deep neural networks.\n' },
    { name: 'items of a list of options, none chosen', markdown: '# Speech search\n\n## Model\n\nTwo approaches:\n\n- Statistical: TF-IDF over the transcripts\n- Neural: a conformer encoder over the audio\n' },
    { name: 'a tool list', markdown: '# Vision\n\n## Toolset\n\n- scikit-learn for logistic regression and random forests\n- PyTorch for the CNN\n' },
    { name: 'a prerequisites section', markdown: '# Study guide\n\n## Prerequisites\n\n- Familiarity with random forests and gradient boosting\n' },
    { name: 'the system being replaced', markdown: '# Payments\n\nThe new risk score replaces static rule-based checks with a neural network over the session.\n' },
    { name: 'a pointer to further reading', markdown: '# Ads\n\nWe train a DCN on the click logs. For more on logistic regression, read the course notes.\n' },
  ],
});

ruleTester('baseline-before-deep-model', {
  pass: [
    {
      name: 'the deep model also named next to the status quo later',
      markdown: '# Food\n\n## Model\n\n1. Matrix factorization on the order matrix, as the first model.\n2. Wide & Deep over the same features.\n\n## Launch\n\nCompare Wide & Deep against MF and against the current carousel.\n',
      lines: [5, 6],
    },
  ],
  fail: [
    { name: 'a deep model proposed in the framing, before the baseline', markdown: '# Support bot\n\nWe call a hosted LLM through an API to write the answers.\n\n## Model\n\nRetrieval v0 is BM25 over the help articles.\n' },
  ],
  na: [
    { name: 'a deep model put off by the statement after it', markdown: '# Login risk\n\nThe long-term idea is a transformer over the whole login history; that is future work.\n\n## Model\n\nWe start with LightGBM on the session features.\n' },
    { name: 'a deep model named as a size limit', markdown: '# Reviews\n\nCompute: one 16 GB GPU, which limits us to models of about DistilBERT size.\n\n## Model\n\nWe train a logistic regression on TF-IDF features.\n' },
    { name: 'deep learning only in a tool list', markdown: '# Forecast\n\n## Model\n\nWe fit a gradient-boosted tree per store.\n\n## Toolset\n\n- PyTorch for deep learning models\n' },
    { name: 'deep models only in a prerequisites section', markdown: '# Guide\n\n## Recommended experience\n\n- Deep learning fundamentals (neural networks, backpropagation)\n\n## Model\n\nWe fit a linear regression on the price features.\n' },
  ],
});

ruleTester('validation-split-time-based', {
  pass: [
    { name: 'out-of-time validation, terse', markdown: '# Credit\n\nValidation: out-of-time test on the last quarter of applications.\n', lines: [3] },
    { name: 'validated out of time', markdown: '# Credit\n\nThe scorecard is validated out of time on the 2024 vintages.\n', lines: [3] },
    { name: 'rolling cross-validation', markdown: '# Forecast\n\nRolling cross-validation over eight weekly folds picks the hyperparameters.\n', lines: [3] },
    { name: 'split by date', markdown: '# Churn\n\nWe split the snapshots by date: train before June, test after.\n', lines: [3] },
  ],
  fail: [
    { name: '"ran out of time" is not a split', markdown: '# Jobs\n\nWe train a GBDT on two years of applications.\n\nI ran out of time before the evaluation.\n' },
    { name: 'an interviewer turn about time', markdown: '# Jobs\n\nWe train a GBDT on two years of applications.\n\nInterviewer: we are almost out of time.\n' },
    { name: 'a period inside a forecast\'s name', markdown: '# Rides\n\nWe train on two years of trips; the model is compared with the same-hour-last-week forecast on a held-out set.\n' },
    { name: 'negated split by date', markdown: '# Churn\n\nWe do not split by date; a random 80/20 split of the logs is used.\n' },
    { name: 'asked out-of-time validation', markdown: '# Credit\n\nWe train on two years of loans. Should we do an out-of-time validation?\n' },
  ],
});

ruleTester('model-choice-justified', {
  pass: [
    { name: 'a trade-off among weighed options, the deep one chosen', markdown: '# Clip search\n\n## Model\n\nWe chose a video transformer.\n\n- Clip-level encoder: more expensive, but captures motion across frames\n- Frame-level encoder: cheaper to serve\n', lines: [7] },
  ],
  fail: [
    { name: 'a reason about a library only', markdown: '# Clip search\n\n## Model\n\nWe chose a video transformer. We use PyTorch because the team knows it.\n' },
  ],
  na: [
    { name: 'deep models only in a capability list', markdown: '# Forecast\n\n## Training pipeline\n\nWe fit a gradient-boosted model per store.\n\nThe pipeline should support various model families, including:\n\n- Deep learning models: LSTMs and transformers\n' },
  ],
});

ruleTester('loss-function-specified', {
  pass: [
    { name: 'a named training objective (contrastive learning)', markdown: '# Clip search\n\n## Model\n\n- Text and video towers trained with contrastive learning on caption pairs.\n', lines: [5] },
    { name: 'terse label', markdown: '# Tutor\n\n- Loss: binary cross-entropy on answered / skipped.\n', lines: [3] },
    { name: 'a metric-like loss after a fine-tuning label', markdown: '# Notes\n\n## Model\n\nFine-tuning: token-level cross-entropy on the answer tokens, AdamW, two epochs.\n', lines: [5] },
    { name: 'a reporting verb, then a training word before the loss', markdown: '# Notes\n\n## Model\n\nWe report accuracy for a classifier trained with cross-entropy.\n', lines: [5] },
  ],
  fail: [
    { name: 'a metric formula whose name contains the loss', markdown: '# Ads\n\n## Offline evaluation\n\n- Relative information gain: log loss improvement over a constant-rate baseline = 1 - log_loss(model) / log_loss(baseline)\n' },
    { name: 'negated', markdown: '# Tutor\n\nWe do not use a focal loss.\n' },
    { name: 'cross-entropy reported on the test set of a fine-tuned model', markdown: '# Notes\n\n## Evaluation\n\nOn the test calls we report macro-F1 and the cross-entropy of the fine-tuned model.\n' },
    { name: 'asked', markdown: '# Tutor\n\nShould the loss be binary cross-entropy?\n' },
  ],
});

ruleTester('optimizer-specified', {
  fail: [
    { name: 'only in a required-knowledge section', markdown: '# Study guide\n\n## Required knowledge\n\n- Machine learning: supervised learning, gradient descent, Adam\n' },
    { name: 'negated', markdown: '# Tutor\n\nWe do not use Adam here.\n' },
  ],
});

ruleTester('regularization-specified', {
  pass: [
    { name: 'a regularization term as a tuned hyperparameter', markdown: '# Forecast\n\nWe tune the learning rate and the regularization term size on the validation folds.\n', lines: [3] },
    { name: 'augmentation against overfitting', markdown: '# Plants\n\nRandom crops and flips keep the small CNN from overfitting.\n', lines: [3] },
  ],
  fail: [
    { name: 'augmentation that makes contrastive pairs', markdown: '# Plants\n\nTwo augmented views of each leaf photo form a positive pair for the contrastive encoder.\n' },
    { name: 'only in a prerequisites section', markdown: '# Study guide\n\n## Prerequisites\n\n- Dropout, weight decay and early stopping\n' },
    { name: 'negated', markdown: '# Plants\n\nWe use no dropout and no weight decay.\n' },
  ],
});

ruleTester('leakage-addressed', {
  pass: [
    { name: 'the risk, then a time split as the safeguard', markdown: '# Rentals\n\nA random split would leak next month\'s prices into training. Instead we train on January to September and test on October to December.\n', lines: [3] },
    { name: 'terse label, the safeguard in the next sentence', markdown: '# Courses\n\nLeakage: one thing to watch. The completion rate of a course must be computed from enrolments before the learner\'s own enrolment.\n', lines: [3] },
  ],
  fail: [
    { name: 'a safeguard with no word of the risk', markdown: '# Courses\n\nThe completion rate is computed from enrolments before the learner\'s own enrolment.\n' },
    { name: 'the risk only asked', markdown: '# Courses\n\nCould the completion rate leak the label? We train on January to September.\n' },
  ],
});

// Terse notes, transcripts, tables and non-native English (issue 11, "terse and tabular writing missed").
ruleTester('baseline-before-deep-model', {
  pass: [
    { name: 'terse notes: a bare "NN" with its merits in brackets', markdown: '# Skips\n\n## model\n\n- baseline: LR on session feats (fast)\n- then NN (captures user x track interactions)\n', lines: [5, 6] },
    { name: 'an interview transcript', markdown: "# Intents\n\n**Interviewer:** What would you start with?\n\n**Candidate:** I'd start with a logistic regression over n-gram counts. Then a fine-tuned DistilBERT, because word order matters.\n", lines: [5] },
    { name: 'a table of stages', markdown: '# Invoices\n\n| Stage | Model | Why |\n|---|---|---|\n| v0 | regex templates per vendor | no training |\n| v1 | gradient-boosted trees over token features | unseen layouts |\n| v2 | LayoutLM fine-tuned | reads the 2-D layout |\n' },
    { name: 'non-native English', markdown: '# Recipes\n\n## Model\n\nFirst we make simple model: we recommend most popular recipes of last week, this is baseline. After, we will to train two tower network for personalise.\n', lines: [5] },
  ],
  fail: [
    { name: 'terse notes, deep first', markdown: '# Skips\n\n## model\n\n- NN over session feats\n- LR baseline for comparison\n' },
  ],
  na: [
    { name: '"NN" that is a nearest-neighbour service', markdown: '# Search\n\n## Model\n\n- pros: efficient search by NN service\n- ranker: GBDT on query-item features\n' },
  ],
});

ruleTester('validation-split-time-based', {
  pass: [
    { name: 'terse: weeks abbreviated', markdown: '# Skips\n\n- split: train wk 1-6, val wk 7, test wk 8\n', lines: [3] },
    { name: 'a transcript answer: first weeks train, last weeks validate', markdown: '# Intents\n\n**Candidate:** The utterances have timestamps, so I train on the first ten weeks and validate on the last two weeks.\n', lines: [3] },
  ],
  fail: [
    { name: 'an online holdout for the first months is not a validation split', markdown: '# Churn\n\nWe train a GBDT on the last year of accounts.\n\n- rollout: half of the top list gets a call, the other half is a randomly held-out control, for the first two months\n' },
  ],
});

ruleTester('model-choice-justified', {
  fail: [
    { name: 'the only "instead of" is in a list of open doubts', markdown: '# Churn\n\nWe will use a deep neural network with four dense layers.\n\nThings I am not sure about yet: how often the list is refreshed, and what counts as leaving for customers who switch plans instead of cancelling.\n' },
  ],
});

ruleTester('baseline-before-deep-model', {
  pass: [
    { name: "a reviewer's wish adopted by the author counts", markdown: '# Tickets\n\nWe start with a logistic regression on the ticket text. The reviewers asked for a transformer, and we will train one on the same labels.\n', lines: [3] },
  ],
  na: [
    { name: "a deep model that is only a reviewer's wish", markdown: '# Tickets\n\nThe reviewers keep asking for a transformer over the full thread.\n\n## Model\n\nWe start with a logistic regression on the ticket text.\n' },
    { name: 'a survey of techniques', markdown: '# Forecast\n\nCommon approaches include ARIMA, gradient boosting and LSTM networks.\n\n## Model\n\nWe fit a seasonal naive forecast per store.\n' },
    { name: 'a deep model only as a long-term guess that is not part of the design', markdown: '# Parcels\n\n## Model\n\nWe fit gradient-boosted trees on route features.\n\nIn the long term a graph neural network over the depot network might capture transfers better, but that is not part of this design.\n' },
    { name: 'a deep model that only might help', markdown: '# Parcels\n\n## Model\n\nWe fit gradient-boosted trees on route features. A transformer over the scan history might pick up delays earlier.\n' },
  ],
});

ruleTester('baseline-proposed', {
  fail: [
    { name: 'a numbered step heading is not a baseline label', markdown: '# Ads\n\n## Step 1: Clarify requirements\n\nWe rank ads by predicted CTR.\n\n## Model\n\nWe train a DCN on the click logs.\n' },
    { name: 'baselines only in a survey of techniques', markdown: '# Forecast\n\nCommon approaches include ARIMA, exponential smoothing and gradient boosting.\n\n## Model\n\nWe train a temporal fusion transformer.\n' },
    { name: 'a baseline only as background from the literature', markdown: '# Essays\n\nIn the literature people scored essays with linear regression on length features.\n\n## Model\n\nWe fine-tune a BERT encoder on the graded essays.\n' },
    { name: 'a baseline only as what was done historically', markdown: '# Essays\n\nHistorically, graders used a rule-based checklist.\n\n## Model\n\nWe fine-tune a BERT encoder on the graded essays.\n' },
  ],
  pass: [
    { name: 'background first, then the author proposes the baseline', markdown: '# Essays\n\nIn the literature people scored essays with linear regression on length features.\n\n## Model\n\nWe start with a linear regression on length and vocabulary features as our baseline.\n', lines: [7] },
  ],
});

// "leak" has two senses (issue 11, word sense): information leaking into training, or a pipe, a tank, a
// battery. It reads as leakage only with what leaks or where it leaks to.
ruleTester('leakage-addressed', {
  pass: [
    { name: 'the label leaks into the next input, then the safeguard', markdown: '# Chat\n\nA reply is quoted in the next turn, so the label leaks into the input of the following example. We cut each thread at the turn being answered and never include later turns.\n', lines: [3] },
    { name: 'the risk as the model seeing the future', markdown: '# Prices\n\nWe split by month. Prices move with the season, and a shuffled split would let the model see next month\'s prices.\n', lines: [3] },
    { name: 'named in an answer, the safeguard three sentences on', markdown: '# Claims\n\n**Interviewer:** Any worries about the features?\n\n**Candidate:** Leakage. Some fields are filled in after the decision. They would make the offline numbers look great. So the rows are built only from what was known at the first call.\n', lines: [5] },
  ],
  fail: [
    { name: 'a leak in a pipe, beside a time split', markdown: '# Pipes\n\nThe model is trained on night-flow windows before the leak was confirmed, and tested on the last three months.\n' },
    { name: 'a leaking tank', markdown: '# Tanks\n\nA tank that leaks shows a slow level drop; we only use readings from before the refill.\n' },
    { name: 'the model seeing the future, asked', markdown: '# Prices\n\nWould a shuffled split let the model see next month\'s prices? We train on Jan-Sep.\n' },
  ],
});

// Proposal vs mention (issue 11): a first model named as such is the baseline; a deep model only
// rejected by a label value, put on a list or rejected by the next statement is not proposed.
ruleTester('baseline-proposed', {
  pass: [
    { name: 'the first model of the plan, a heuristic', markdown: '# Ferries\n\n## Model\n\nOur first forecaster is the one the planners know: the same sailing last year, scaled by this month\'s bookings.\n', lines: [5] },
  ],
  fail: [
    { name: 'the first model asked', markdown: '# Ferries\n\n## Model\n\nShould our first forecaster be last year\'s sailing?\n' },
    { name: 'a baseline named, then skipped', markdown: '# Ferries\n\n## Model\n\nA logistic regression would be the obvious baseline, but we skip it and fine-tune a transformer.\n' },
  ],
});

ruleTester('baseline-before-deep-model', {
  pass: [
    { name: 'the first model is simple, the deep one after', markdown: '# Ferries\n\n## Model\n\nThe first model is a seasonal average per route. Then we train an LSTM over the booking curve.\n', lines: [5] },
  ],
  fail: [
    { name: 'the first model is itself deep', markdown: '# Ferries\n\n## Model\n\nThe first model is a two-tower network over routes and dates.\n' },
  ],
  na: [
    { name: 'a deep model only in a label rejected', markdown: '# Ferries\n\n## Model\n\nWe use gradient-boosted trees per route.\n\n- An LSTM per route: rejected.\n' },
    { name: 'a deep model on our list', markdown: '# Ferries\n\n## Model\n\nWe use gradient-boosted trees per route. A transformer over the booking curve is on our list for next year.\n' },
    { name: 'a deep model rejected by the next statement', markdown: '# Ferries\n\n## Model\n\nWe use gradient-boosted trees per route. A transformer is a possible later step; it is not part of this plan.\n' },
  ],
});

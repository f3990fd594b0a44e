/**
 * Rule tables for phase `clarify`, written from the catalog
 * (shared/spec/rules.md), not from the detectors.
 */
import { ruleTester } from '../helpers/rule-tester.js';
import { crlf, hiddenOnly, interviewerQuestions } from './cases.js';

ruleTester('ml-task-framed', {
  pass: [
    { name: 'binary classification stated', markdown: '# Ads\n\nWe treat this as a binary classification problem over ad impressions.\n', lines: [3] },
    { name: 'multi-class under a heading', markdown: '# Support tickets\n\n## Framing\n\nEvery ticket goes to one of 40 queues, so this is multi-class classification.\n', lines: [5] },
    { name: 'pairwise learning to rank, hyphenated', markdown: '# Search\n\nThe core model is a learning-to-rank model trained pairwise over the candidate list.\n', lines: [3] },
    { name: 'regression task', markdown: '# Delivery ETA\n\nPredicting the delivery time in minutes is a regression task.\n', lines: [3] },
    { name: 'sequence labelling (British spelling)', markdown: '# Address parsing\n\nWe model address parsing as sequence labelling over the tokens of the address.\n', lines: [3] },
    { name: 'anomaly detection in a table', markdown: '# Fraud\n\n| Aspect | Choice |\n|---|---|\n| ML task | anomaly detection |\n| Scope | card payments |\n', lines: [5] },
    { name: 'task of one stage in a nested list', markdown: '# Jobs\n\n- Stages\n  - Retrieval: candidate generation over all open jobs\n  - Scoring of the shortlist\n', lines: [4] },
    { name: 'answer after the question counts', markdown: '# Feed\n\nIs this ranking or classification? We frame it as a ranking problem with a listwise objective.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Topics\n\nThe task is `multi-label classification` over 300 topic tags.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Churn\n\nInstead of regressing the days until churn, we frame churn as binary classification over a 30-day window.\n', lines: [3] },
    { name: 'clustering', markdown: '# Segments\n\nSegmenting shoppers is an unsupervised clustering problem.\n', lines: [3] },
    { name: 'multiclass without a hyphen', markdown: '# Intent\n\nWe frame intent detection as multiclass classification.\n', lines: [3] },
    { name: 'a task the list does not name (forecasting)', markdown: '# Demand\n\nWe forecast daily orders per store, a time-series forecasting task.\n', lines: [3] },
    { name: 'answer after a list of questions to the interviewer', markdown: '# Fraud\n\n## Questions for the interviewer\n\n- Is this a classification problem?\n\nAnswer: yes, binary classification of each payment.\n', lines: [7] },
    { name: 'CRLF line endings', markdown: crlf('# Spam\n\n## Problem\n\nWe frame spam filtering as binary classification of each incoming email.\n'), lines: [5] },
  ],
  fail: [
    { name: 'a probability to infer the task from', markdown: '# Ads\n\nThe model outputs the probability that a user clicks an ad, given the user and the ad.\n' },
    { name: 'a score and a top-k to infer from', markdown: '# Listings\n\nWe score every listing with a gradient-boosted model and show the highest-scoring ones first.\n' },
    { name: 'task only asked as a question', markdown: '# Fraud\n\nWhat kind of ML problem is this: anomaly detection or classification?\n' },
    interviewerQuestions(['Should we treat this as regression or classification?', 'Is ranking the right framing?'], 'We want to route support tickets to the right team.'),
    { name: 'negated task only', markdown: '# Fraud\n\nThis is not a ranking problem.\n' },
    { name: 'negated with "will not"', markdown: '# Fraud\n\nWe will not frame this as a regression problem.\n' },
    { name: 'only in an ordered list of questions to ask, without question marks', markdown: '# Feed\n\n## Questions to ask the interviewer\n\n1. Binary classification or ranking\n2. Number of users\n' },
    { name: 'only in the quoted problem prompt', markdown: '# Feed\n\n> Design a ranking system for the news feed.\n\nWe show the best posts first.\n' },
    ...hiddenOnly('Binary classification of fraudulent payments.', 'We flag risky payments before they settle.'),
    { name: 'CRLF, nothing named', markdown: crlf('# Feed\n\n## Goal\n\nShow people the posts they care about most.\n') },
  ],
});

ruleTester('io-defined', {
  pass: [
    { name: 'Input / Output labels', markdown: '# Videos\n\nInput: a user id and the request context.\nOutput: the top 20 video ids, ranked.\n', lines: [3, 4] },
    { name: 'receives ... produces ... in prose', markdown: '# Fraud\n\nThe model receives a transaction as input and produces a fraud probability as output.\n', lines: [3] },
    { name: 'input and output in one sentence', markdown: '# Fraud\n\nThe input is a card transaction; the output is a fraud probability.\n', lines: [3] },
    { name: 'in a table', markdown: '# Restaurants\n\n| Interface | Description |\n|---|---|\n| Input | query text and the user location |\n| Output | 10 ranked restaurants |\n', lines: [5, 6] },
    { name: 'given ..., returns ...', markdown: '# Visual search\n\nGiven a product photo, the service returns up to five visually similar listings.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# Spam\n\n- Interface\n  - Inputs: the subject, body and sender of an email\n  - Outputs: a spam or not-spam label\n', lines: [4, 5] },
    { name: 'answer after the question counts', markdown: '# ETA\n\nWhat goes in and what comes out? The model takes the GPS trace of a trip as input and outputs an ETA in minutes.\n' },
    { name: 'answer after a question in a list', markdown: '# Jobs\n\n- What does the model return?\n\nIt returns 50 ranked jobs for a member, given the member profile as input.\n', lines: [5] },
    { name: 'inline code counts', markdown: '# Videos\n\nInput: `user_id`, `context`. Output: `list[video_id]` of length 20.\n', lines: [3] },
    { name: 'plural Inputs / Outputs labels', markdown: '# Feed\n\nInputs: user id, time. Outputs: 10 posts.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Jobs\n\n## Interface\n\nInput: a member profile.\nOutput: 50 ranked job postings.\n'), lines: [5, 6] },
  ],
  fail: [
    { name: 'only the input', markdown: '# Feed\n\nThe model consumes the watch history of the user and the current time.\n' },
    { name: 'only the output', markdown: '# Shop\n\nThe system outputs a list of recommended products.\n' },
    { name: 'neither', markdown: '# Feed\n\nWe want to recommend better videos to our users.\n' },
    interviewerQuestions(['What is the input to the model?', 'What should the output be?'], 'We rank documents for a search box.'),
    ...hiddenOnly('Input: a query. Output: ten ranked documents.', 'We rank documents for a search box.'),
    { name: 'CRLF, only the output', markdown: crlf('# Shop\n\nThe output is a ranked list of 20 products.\n') },
  ],
});

ruleTester('offline-metric-named', {
  pass: [
    { name: 'ROC-AUC and PR-AUC', markdown: '# Fraud\n\nOffline, we report ROC-AUC and PR-AUC on the held-out week.\n', lines: [3] },
    { name: 'NDCG@10', markdown: '# Search\n\nWe evaluate ranking quality with NDCG@10.\n', lines: [3] },
        { name: 'inline code counts', markdown: '# Retrieval\n\nThe offline gate is `recall@50` on the test set.\n', lines: [3] },
    { name: 'in a table', markdown: '# Spam\n\n| Metric | Target |\n|---|---|\n| Precision at 90% recall | above 0.6 |\n', lines: [5] },
    { name: 'MAE with an offline context', markdown: '# ETA\n\nOffline, we compare models by MAE in minutes.\n', lines: [3] },
    { name: 'RMSE', markdown: '# ETA\n\nWe compare the candidate models by RMSE in minutes.\n', lines: [3] },
    { name: 'accuracy with a figure', markdown: '# Intent\n\nThe classifier reaches 92% accuracy on the held-out set.\n', lines: [3] },
    { name: 'mean reciprocal rank spelled out', markdown: '# Q&A\n\nWe measure mean reciprocal rank offline.\n', lines: [3] },
    { name: 'expected calibration error', markdown: '# Risk\n\nWe report expected calibration error (ECE) on the test set.\n', lines: [3] },
    { name: 'hit rate@10', markdown: '# Recs\n\nOffline we use hit rate@10.\n', lines: [3] },
    { name: 'ROUGE-L', markdown: '# Summaries\n\nWe score summaries with ROUGE-L.\n', lines: [3] },
    { name: 'MAPE', markdown: '# Demand\n\nForecasts are judged by MAPE.\n', lines: [3] },
    { name: 'a metric the list does not name', markdown: '# Risk\n\nWe compare the candidate models on their Brier score on last month\'s loans.\n', lines: [3] },
    { name: 'answer after the question counts', markdown: '# Ads\n\nWhich offline metric should we use? We use log loss on the held-out day as the offline metric.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# Fraud\n\nInstead of accuracy, which is misleading at a 0.1% positive rate, we report PR-AUC.\n', lines: [3] },
    { name: 'CRLF, in a nested list', markdown: crlf('# Q&A\n\n- Evaluation\n  - Offline: F1 on 5,000 labelled questions\n'), lines: [4] },
  ],
  fail: [
    { name: 'no metric', markdown: '# Feed\n\nWe check that the model is good before launch.\n' },
    { name: 'only asked as a question', markdown: '# Fraud\n\nWhich offline metric matters most here: precision or recall?\n' },
    interviewerQuestions(['Do we care more about precision or recall?', 'Is AUC an acceptable offline metric?'], 'We filter spam comments.'),
    { name: 'negated only', markdown: '# Fraud\n\nWe will not rely on accuracy.\n' },
    { name: 'only an online metric', markdown: '# Feed\n\nSuccess is measured by click-through rate in the live experiment.\n' },
    { name: 'log loss as the training loss, not a metric', markdown: '# Ads\n\nWe train the model with log loss.\n' },
    ...hiddenOnly('We report ROC-AUC on the test set.', 'We evaluate the model before launch.'),
    { name: 'CRLF, no metric', markdown: crlf('# Churn\n\n## Evaluation\n\nWe look at how the model does on recent customers.\n') },
  ],
});

ruleTester('online-metric-named', {
  pass: [
    { name: 'click-through rate', markdown: '# Feed\n\nThe online metric is click-through rate on the home feed.\n', lines: [3] },
    { name: 'watch time and retention', markdown: '# Videos\n\nIn the experiment we watch average watch time per user and 7-day retention.\n', lines: [3] },
    { name: 'CTR and GMV abbreviations', markdown: '# Shop\n\nOnline we track CTR and GMV per session.\n', lines: [3] },
    { name: 'revenue per session', markdown: '# Shop\n\nOnline, we track revenue per session.\n', lines: [3] },
    { name: 'fraud loss caught in production', markdown: '# Fraud\n\nThe online metric is fraud loss caught in production, in dollars per week.\n', lines: [3] },
    { name: 'reports rate', markdown: '# Feed\n\nWe watch the rate of user reports on recommended posts.\n', lines: [3] },
    { name: 'an outcome the list does not name', markdown: '# Travel\n\nOur north-star metric in the A/B test is the booking rate.\n', lines: [3] },
    { name: 'in a table', markdown: '# Articles\n\n| Online metric | Direction |\n|---|---|\n| Dwell time | up |\n| Complaints rate | down |\n', lines: [5] },
    { name: 'answer after the question counts', markdown: '# Feed\n\nWhat do we optimise for online? We optimise for session length.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# News\n\nThe primary online metric is `CTR` on the home page.\n', lines: [3] },
    { name: 'instead of X, Y: Y counts', markdown: '# News\n\nInstead of raw clicks, we optimise for dwell time per article.\n', lines: [3] },
    { name: 'in a nested list', markdown: '# News\n\n- Online metrics\n  - 30-day retention\n', lines: [4] },
    { name: 'CRLF, conversion rate in a list', markdown: crlf('# Ads\n\n## Metrics\n\n- Online: conversion rate per impression\n'), lines: [5] },
  ],
  fail: [
    { name: 'only an offline metric', markdown: '# Fraud\n\nWe report ROC-AUC on the test set.\n' },
    { name: 'only in the quoted problem prompt', markdown: '# Feed\n\n> Design a system to increase click-through rate on the feed.\n\nWe rank posts.\n' },
    { name: 'latency as a requirement, not an online metric', markdown: '# Search\n\nThe service must respond within 100 ms.\n' },
    { name: 'only asked as a question', markdown: '# Videos\n\nShould we optimise for watch time or for clicks?\n' },
    interviewerQuestions(['Is click-through rate the right success metric?', 'Do we care about revenue or engagement?'], 'We recommend articles.'),
    { name: 'negated only', markdown: '# Feed\n\nWe will not use click-through rate as a success metric.\n' },
    ...hiddenOnly('Online metric: watch time per user.', 'We recommend videos on the home page.'),
    { name: 'CRLF, no metric', markdown: crlf('# Shop\n\nWe show products the user may like.\n') },
  ],
});

ruleTester('latency-constraint-stated', {
  pass: [
    { name: 'p99 under 100 ms', markdown: '# Ads\n\nThe p99 latency of the ranker must stay under 100 ms.\n', lines: [3] },
    { name: 'respond within 200 milliseconds', markdown: '# Search\n\nThe ranker has to respond within 200 milliseconds.\n', lines: [3] },
    { name: 'end-to-end < 1 s', markdown: '# Chat\n\nEnd-to-end response time < 1 s.\n', lines: [3] },
    { name: 'unit glued to the number (50ms), 99th percentile', markdown: '# Feed\n\nWe target a 99th percentile latency of 50ms.\n', lines: [3] },
    { name: 'decimal seconds (0.1 s)', markdown: '# Fraud\n\nInference latency must be under 0.1 s per transaction.\n', lines: [3] },
    { name: 'sub-200 ms', markdown: '# Maps\n\nWe need sub-200 ms serving latency for the ETA model.\n', lines: [3] },
    { name: 'number words', markdown: '# Ads\n\nScoring a request must take tens of milliseconds at most.\n', lines: [3] },
    { name: 'a few hundred milliseconds', markdown: '# Search\n\nThe ranker must respond within a few hundred milliseconds.\n', lines: [3] },
    { name: 'a range at p50', markdown: '# Chat\n\nServing latency: 20-40 ms at p50.\n', lines: [3] },
    { name: 'batch, recomputed nightly', markdown: '# Email\n\nScores are recomputed nightly in a batch job and served from a cache.\n', lines: [3] },
    { name: 'batch, every 6 hours', markdown: '# Shop\n\nRecommendations are precomputed offline in batch every 6 hours.\n', lines: [3] },
    { name: 'batch, refreshed every hour', markdown: '# Feed\n\nScores are refreshed every hour by a batch job.\n', lines: [3] },
    { name: '150ms at p99', markdown: '# Search\n\nThe API must answer in under 150ms at p99.\n', lines: [3] },
    { name: 'in a table', markdown: '# Feed\n\n| Requirement | Value |\n|---|---|\n| Serving latency (p95) | 30 ms |\n', lines: [5] },
    { name: 'answer after the question counts', markdown: '# Search\n\nWhat is the latency budget? We assume a p95 inference latency of 80 ms.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Ads\n\nThe latency SLO is `p99 < 150 ms`.\n', lines: [3] },
    { name: 'CRLF line endings', markdown: crlf('# Voice\n\n## Constraints\n\n- On-device inference latency below 300 ms\n'), lines: [5] },
  ],
  fail: [
    { name: 'qualitative only', markdown: '# Fraud\n\nPredictions must be real-time and low latency.\n' },
    { name: 'only asked as a question', markdown: '# Search\n\nIs 100 ms a reasonable latency budget?\n' },
    interviewerQuestions(['What is the p99 latency requirement?', 'Is 200 ms acceptable?'], 'We rank search results.'),
    { name: 'a time figure for training, not serving', markdown: '# Ads\n\nTraining takes 10 hours on 8 GPUs.\n' },
    { name: 'batch without a cadence', markdown: '# Email\n\nPredictions are computed offline in batch.\n' },
    { name: 'negated: latency is not a concern', markdown: '# Report\n\nLatency is not a concern for this weekly report.\n' },
    { name: 'only in a list of clarifying questions', markdown: '# Feed\n\n## Clarifying questions\n\n- Latency requirement: is 100 ms fine?\n' },
    ...hiddenOnly('The p99 latency must stay under 100 ms.', 'We rank ads fast.'),
    { name: 'CRLF, qualitative only', markdown: crlf('# Chat\n\nReplies should feel instant.\n') },
  ],
});

ruleTester('scale-quantified', {
  pass: [
    { name: 'daily active users', markdown: '# Feed\n\nThe platform has 500M daily active users.\n', lines: [3] },
    { name: '10k QPS', markdown: '# Search\n\nPeak traffic is 10k QPS.\n', lines: [3] },
    { name: 'catalogue size, British spelling', markdown: '# Shop\n\nThe catalogue holds 2 million items.\n', lines: [3] },
    { name: '1.5B events per day', markdown: '# Ads\n\nWe log about 1.5B impressions per day.\n', lines: [3] },
    { name: 'data volume in TB', markdown: '# Logs\n\nRoughly 3 TB of new events arrive every day.\n', lines: [3] },
    { name: 'number words', markdown: '# Photos\n\nUsers upload billions of images every month.\n', lines: [3] },
    { name: 'tens of millions of listings', markdown: '# Homes\n\nWe index tens of millions of listings.\n', lines: [3] },
    { name: 'requests per second spelled out', markdown: '# Homes\n\nThe system handles ~50,000 requests per second.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Search\n\nPeak load is `10k QPS`.\n', lines: [3] },
    { name: 'MAU abbreviation in a table', markdown: '# Music\n\n| Users | Requests |\n|---|---|\n| 80M MAU | 5k QPS |\n', lines: [5] },
    { name: 'answer after the question counts', markdown: '# Jobs\n\nHow many users? About 200 million monthly active users.\n', lines: [3] },
    { name: 'CRLF, in a nested list', markdown: crlf('# Rides\n\n- Scale\n  - 20,000 ride requests per second at peak\n'), lines: [4] },
  ],
  fail: [
    { name: 'scale words without numbers', markdown: '# Feed\n\nWe serve a large number of users at high traffic.\n' },
    { name: 'only asked as a question', markdown: '# Feed\n\nHow many daily active users do we have?\n' },
    interviewerQuestions(['What is the peak QPS?', 'How big is the catalog?'], 'We recommend products.'),
    { name: 'numbers that are not problem scale', markdown: '# Churn\n\nThe model has 12 layers and 3 output heads.\n' },
    { name: 'only as an item of the questions to ask', markdown: '# Feed\n\n## Questions to ask the interviewer\n\n1. Roughly 100M daily active users\n2. Latency budget\n' },
    ...hiddenOnly('We serve 1B daily active users.', 'We rank the feed for a very large audience.'),
    { name: 'CRLF, no figure', markdown: crlf('# Ads\n\nTraffic is heavy and growing.\n') },
  ],
});

ruleTester('compute-budget-stated', {
  pass: [
    { name: 'GPUs for training', markdown: '# Vision\n\nTraining runs on 8 A100 GPUs.\n', lines: [3] },
    { name: 'model-size limit on-device', markdown: '# Keyboard\n\nThe model must fit in 50 MB so that it runs on-device.\n', lines: [3] },
    { name: 'CPU-only serving', markdown: '# Ads\n\nServing is CPU-only: the ranking tier has no GPUs.\n', lines: [3] },
    { name: 'cost budget', markdown: '# Chat\n\nThe inference cost budget is $0.002 per request.\n', lines: [3] },
    { name: 'training-time budget', markdown: '# Fraud\n\nA full retrain must finish within 4 hours on a single machine.\n', lines: [3] },
    { name: 'memory limit', markdown: '# Recs\n\nThe embedding table must fit in 64 GB of memory.\n', lines: [3] },
    { name: 'on-device', markdown: '# Keyboard\n\nThe next-word model runs on-device.\n', lines: [3] },
    { name: 'a single GPU', markdown: '# Feed\n\nThe model is trained on a single GPU.\n', lines: [3] },
    { name: 'monthly GPU spend', markdown: '# Chat\n\nWe can afford at most $10k per month on GPUs.\n', lines: [3] },
    { name: 'inline code counts', markdown: '# Search\n\nServing runs on `4x T4` GPUs.\n', lines: [3] },
    { name: 'answer after the question counts', markdown: '# Search\n\nHow many GPUs do we have? We have four T4 GPUs for serving.\n', lines: [3] },
    { name: 'in a table', markdown: '# Search\n\n| Resource | Budget |\n|---|---|\n| TPUs | one v4-32 slice |\n', lines: [5] },
    { name: 'CRLF, in a list', markdown: crlf('# Speech\n\n## Constraints\n\n- Runs on a phone CPU with 2 GB of RAM\n'), lines: [5] },
  ],
  fail: [
    { name: 'nothing stated', markdown: '# Feed\n\nWe train the model and serve it behind an API.\n' },
    { name: 'vague efficiency wish', markdown: '# Feed\n\nWe want an efficient model.\n' },
    { name: 'only asked as a question', markdown: '# Vision\n\nHow many GPUs do we have for training?\n' },
    interviewerQuestions(['Do we have GPUs for serving?', 'Is there a cost budget?'], 'We classify images.'),
    ...hiddenOnly('Training runs on 16 V100 GPUs.', 'We classify product images.'),
    { name: 'CRLF, nothing stated', markdown: crlf('# Spam\n\nThe classifier runs on every email.\n') },
  ],
});

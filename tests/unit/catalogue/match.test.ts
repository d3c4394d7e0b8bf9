import { describe, it, expect } from 'vitest';
import { MatchIndex, type MatchQuery } from '../../../lib/catalogue/match';
import type { Catalogue, CatalogueEntry } from '../../../lib/paper';
import sample from '../../fixtures/catalogue/sample-catalogue.json';

// 25 real entries of the bundled Hugging Face catalogue, chosen for near-duplicate titles
// ("length generalization", "generalization gap", grokking), colons, quotes and LaTeX bait.
const catalogue = sample as Catalogue;
const index = MatchIndex.build([catalogue]);

function entryStarting(prefix: string): CatalogueEntry {
  const entry = catalogue.papers.find((p) => p.title.startsWith(prefix));
  if (!entry) throw new Error(`no fixture entry starts with ${prefix}`);
  return entry;
}

// A page often shows a shortened or revised abstract: keep its first 60% of words.
function pageAbstract(prefix: string): string {
  const words = (entryStarting(prefix).abstract ?? '').split(' ');
  return `${words.slice(0, Math.ceil(words.length * 0.6)).join(' ')} Code and models will be released.`;
}

const FLAME = 'FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training';
const IMPACT_PE = 'The Impact of Positional Encoding on Length Generalization in Transformers';
const ONLY_IF = 'Only-IF:Revealing the Decisive Effect of Instruction Diversity on Generalization';
const ZERO_SHOT = 'No "Zero-Shot" Without Exponential Data: Pretraining Concept Frequency Determines Multimodal Model Performance';
const GROKKED = 'Grokked Transformers are Implicit Reasoners: A Mechanistic Journey to the Edge of Generalization';
const TRAIN_LONGER = 'Train longer, generalize better: closing the generalization gap in large batch training of neural networks';
const MYSTERY = 'On the Generalization Mystery in Deep Learning';
const POINTER = 'Pointer Networks';

// A different paper on the same topic as IMPACT_PE: shares its vocabulary, not its abstract.
const VIT_ABSTRACT =
  'Length generalization, the ability of a model trained on small images to handle larger resolutions at test time, ' +
  'remains a challenge for Vision Transformers. We study how the choice of positional encoding affects length ' +
  'generalization in image classification and dense prediction. Comparing learnable absolute embeddings, sinusoidal ' +
  'encodings, relative position biases and rotary embeddings on ImageNet and ADE20K, we find that interpolating ' +
  'learned embeddings degrades sharply beyond twice the training resolution, while two-dimensional rotary encodings ' +
  'extrapolate gracefully. We propose a simple frequency scaling rule that closes most of the gap without fine-tuning.';
// FLAME's abstract as another site might word it: same facts, mostly different sentences.
const FLAME_REWORDED =
  'Language-image pre-training is limited by scarce data in specific formats and by the small capacity of its text ' +
  'encoders. Data augmentation and architecture changes help, but CLIP-style text encoders still struggle with ' +
  'long-form text and generalize poorly downstream. We propose FLAME, which uses frozen large language models as text ' +
  'encoders: they process long text naturally and generalize across languages. FLAME combines a multifaceted prompt ' +
  'distillation technique, which extracts diverse semantic representations from long captions, with a facet-decoupled ' +
  'attention mechanism and offline embeddings for efficient computation. Trained on CC3M, FLAME beats the previous ' +
  'state of the art by 4.9% ImageNet top-1 accuracy; trained on YFCC15M it surpasses WIT-400M CLIP by 44.4% in ' +
  'multilingual image-to-text recall across 36 languages.';
const FEDERATED_ABSTRACT =
  'Federated learning trains a shared model across many clients without collecting their data, but heterogeneous ' +
  'clients and malicious participants degrade the global model. We present an aggregation scheme that edits client ' +
  'updates adaptively, clipping and reweighting them according to their agreement with a robust reference direction. ' +
  'Experiments on image classification and next-word prediction benchmarks show improved accuracy and robustness ' +
  'against backdoor and poisoning attacks with negligible communication overhead.';

type Method = 'title' | 'fuzzy';
const matches: [page: string, abstract: string | undefined, expected: string, method: Method][] = [
  [FLAME, undefined, FLAME, 'title'],
  [FLAME.toLowerCase(), undefined, FLAME, 'title'],
  [FLAME.toUpperCase(), undefined, FLAME, 'title'],
  ['FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pretraining', undefined, FLAME, 'title'],
  ['FLAME: Frozen Large Language Models Enable Data Efficient Language Image Pre training', undefined, FLAME, 'title'],
  ['FLAME — Frozen Large Language Models Enable Data–Efficient Language–Image Pre‑training', undefined, FLAME, 'title'],
  ['FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training.', undefined, FLAME, 'title'],
  ['  FLAME:\n  Frozen Large Language Models   Enable Data-Efficient Language-Image Pre-training ', undefined, FLAME, 'title'],
  ['Pointer Networks.', undefined, POINTER, 'title'],
  ['Only-IF: Revealing the Decisive Effect of Instruction Diversity on Generalization', undefined, ONLY_IF, 'title'],
  ['$\\textbf{Only-IF}$: Revealing the Decisive Effect of Instruction Diversity on Generalization', undefined, ONLY_IF, 'title'],
  ['\\emph{Only-IF}:Revealing the Decisive Effect of Instruction Diversity on Generalization', undefined, ONLY_IF, 'title'],
  ['No “Zero-Shot” Without Exponential Data: Pretraining Concept Frequency Determines Multimodal Model Performance', undefined, ZERO_SHOT, 'title'],
  ["No 'Zero-Shot' Without Exponential Data: Pretraining Concept Frequency Determines Multimodal Model Performance", undefined, ZERO_SHOT, 'title'],
  ['No Zero-Shot Without Exponential Data: Pre-training Concept Frequency Determines Multimodal Model Performance', undefined, ZERO_SHOT, 'title'],
  ['Train Longer, Generalize Better: Closing the Generalization Gap in Large Batch Training of Neural Networks', undefined, TRAIN_LONGER, 'title'],
  ['Continual Pre-training of Large Language Models: How to (Re)warm Your Model?', undefined, 'Continual Pre-Training of Large Language Models: How to (re)warm your model?', 'title'],
  ['SAM2 in Robotic Surgery: An Empirical Evaluation for Robustness and Generalization in Surgical Video Segmentation', undefined, 'SAM 2 in Robotic Surgery: An Empirical Evaluation for Robustness and Generalization in Surgical Video Segmentation', 'title'],
  ['MaPLe: Multimodal Prompt Learning', undefined, 'MaPLe: Multi-modal Prompt Learning', 'title'],
  ['Linguistic Collapse: Neural Collapse in Large Language Models', undefined, 'Linguistic Collapse: Neural Collapse in (Large) Language Models', 'title'],
  // One typo (transposition, deletion, British spelling, singular for plural).
  ['The Impact of Positional Encoding on Length Generalization in Transfomrers', undefined, IMPACT_PE, 'fuzzy'],
  ['Scaling Laws for Downstream Task Performance of Large Languge Models', undefined, 'Scaling Laws for Downstream Task Performance of Large Language Models', 'fuzzy'],
  ['Symbolic Discovery of Optimisation Algorithms', undefined, 'Symbolic Discovery of Optimization Algorithms', 'fuzzy'],
  [`${GROKKED.slice(0, -'Generalization'.length)}Generalisation`, undefined, GROKKED, 'fuzzy'],
  ['Grokking Ticket: Lottery Tickets Accelerate Grokking', undefined, 'Grokking Tickets: Lottery Tickets Accelerate Grokking', 'fuzzy'],
  ['What Language Model Architecture and Pretraining Objective Works Best for Zero-Shot Generalization?', undefined, 'What Language Model Architecture and Pretraining Objective Work Best for Zero-Shot Generalization?', 'fuzzy'],
  // A dropped or added article or conjunction.
  ['Generalization Gap in Offline Reinforcement Learning', undefined, 'The Generalization Gap in Offline Reinforcement Learning', 'fuzzy'],
  ['Connecting the Dots: LLMs can Infer & Verbalize Latent Structure from Disparate Training Data', undefined, 'Connecting the Dots: LLMs can Infer and Verbalize Latent Structure from Disparate Training Data', 'fuzzy'],
  // Subtitle dropped or added, with a main title long enough to stand alone.
  ['Grokked Transformers are Implicit Reasoners', undefined, GROKKED, 'fuzzy'],
  ['On the Generalization Mystery in Deep Learning: An Extended Study', undefined, MYSTERY, 'fuzzy'],
  // Weak titles rescued by an agreeing abstract.
  ['Train Longer, Generalize Better: Large Batch Training Revisited', pageAbstract('Train longer'), TRAIN_LONGER, 'fuzzy'],
  ['FLAME', pageAbstract('FLAME'), FLAME, 'fuzzy'],
  ['FLAME: Scaling Multilingual Language-Image Pre-training with Frozen LLMs', pageAbstract('FLAME'), FLAME, 'fuzzy'],
  ['FLAME: Scaling Multilingual Language-Image Pre-training with Frozen LLMs', FLAME_REWORDED, FLAME, 'fuzzy'],
  ['Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training', FLAME_REWORDED, FLAME, 'fuzzy'],
  ['Pointer Networks: Learning to Point into the Input', pageAbstract('Pointer'), POINTER, 'fuzzy'],
  ['Pointer Netwroks', pageAbstract('Pointer'), POINTER, 'fuzzy'],
  ['LM-Infinite', pageAbstract('LM-Infinite'), 'LM-Infinite: Simple On-the-Fly Length Generalization for Large Language Models', 'fuzzy'],
  ['Positional Encoding and Length Generalization in Transformers', pageAbstract('The Impact'), IMPACT_PE, 'fuzzy'],
];

const nearMisses: [page: string, abstract: string | undefined][] = [
  ['Length Generalization of Transformers via Positional Encoding Interpolation', undefined],
  ['Length Generalization of Transformers via Positional Encoding Interpolation', VIT_ABSTRACT],
  ['The Impact of Positional Encoding on Length Generalization in Vision Transformers', undefined],
  ['The Impact of Positional Encoding on Length Generalization in Vision Transformers', VIT_ABSTRACT],
  ['Positional Encoding and Length Generalization in Transformers', undefined],
  ['Length Generalization', undefined],
  ['What Algorithms can Transformers Learn?', undefined],
  ['Simple On-the-Fly Length Generalization for Large Language Models', undefined],
  ['LM-Infinite', undefined],
  ['FLAME', undefined],
  ['FLAME: Federated Learning with Adaptive Model Editing', undefined],
  // A changed subtitle may be another paper even behind a long main title: it needs an abstract.
  ['Train Longer, Generalize Better: Large Batch Training Revisited', undefined],
  ['FLAME: Federated Learning with Adaptive Model Editing', FEDERATED_ABSTRACT],
  ['A New Benchmark', undefined],
  ['A New Benchmark: Evaluating Large Language Models on Scientific Reasoning', undefined],
  ['Pointer Network', undefined],
  ['Graph Pointer Networks', undefined],
  ['Grokking Tickets', undefined],
  ['Multi-modal Prompt Learning', undefined],
  ['On the Generalization Mystery in Deep Reinforcement Learning', undefined],
  ['The Generalization Gap in Online Reinforcement Learning', undefined],
  ['On the Provable Advantage of Supervised Pretraining', undefined],
  ['SAM 3 in Robotic Surgery: An Empirical Evaluation for Robustness and Generalization in Surgical Video Segmentation', undefined],
  ['To Grok or Not to Grok: Disentangling Generalization and Memorization on Algorithmic Datasets', undefined],
  ['Symbolic Discovery of Optimisation Algorithms', pageAbstract('MaPLe')],
  ['Vision Transformers Need Registers', undefined],
  // The same paper, probably, but title words missing and no abstract to confirm it.
  ['Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training', undefined],
  ['', undefined],
  ['—', undefined],
];

describe('MatchIndex title matching', () => {
  it('indexes every entry', () => {
    expect(index.size).toBe(catalogue.papers.length);
  });

  it.each(matches)('matches %j', (page, abstract, expected, method) => {
    const match = index.match({ title: page, abstract });
    expect(match?.entry.title).toBe(expected);
    expect(match?.method).toBe(method);
    expect(match?.catalogueId).toBe(catalogue.id);
    expect(match?.catalogueName).toBe(catalogue.name);
    if (method === 'title') expect(match?.confidence).toBe(1);
    else expect(match?.confidence).toBeGreaterThan(0.5);
    if (method === 'fuzzy') expect(match?.confidence).toBeLessThan(1);
  });

  it.each(nearMisses)('does not match %j', (page, abstract) => {
    expect(index.match({ title: page, abstract })).toBeNull();
  });

  it('gives a typo less confidence than a title that agrees word for word', () => {
    const typo = index.match({ title: 'Symbolic Discovery of Optimisation Algorithms' });
    const subtitleDropped = index.match({ title: 'Grokked Transformers are Implicit Reasoners' });
    expect(typo?.confidence).toBeGreaterThan(subtitleDropped?.confidence ?? 1);
  });

  it('returns null for an empty query and an empty index', () => {
    expect(index.match({})).toBeNull();
    expect(MatchIndex.build([]).match({ title: FLAME })).toBeNull();
  });
});

function catalogueOf(id: string, papers: Omit<CatalogueEntry, 'links'>[]): Catalogue {
  return { format: 'marginalia-catalogue', formatVersion: 1, id, name: `Catalogue ${id}`, papers: papers.map((p) => ({ links: [], ...p })) };
}

describe('MatchIndex id matching', () => {
  const withIds = catalogueOf('ids', [
    { id: 'a', title: 'Attention Is All You Need', ids: { arxiv: '1706.03762', doi: '10.48550/arxiv.1706.03762' } },
    { id: 'b', title: 'Deep Residual Learning for Image Recognition', ids: { doi: '10.1109/cvpr.2016.90' } },
    { id: 'c', title: 'Some OpenReview Paper About Graphs', ids: { openreview: 'AbCdEf123' } },
    { id: 'd', title: 'Some ACL Paper About Parsing', ids: { acl: '2023.acl-long.1' } },
  ]);
  const byId = MatchIndex.build([withIds]);

  const cases: [MatchQuery, expected: string, method: 'id' | 'title'][] = [
    [{ ids: { arxiv: '1706.03762' } }, 'a', 'id'],
    [{ ids: { arxiv: '1706.03762v5' } }, 'a', 'id'],
    [{ ids: { doi: '10.1109/CVPR.2016.90' } }, 'b', 'id'],
    [{ ids: { openreview: 'AbCdEf123' } }, 'c', 'id'],
    [{ ids: { acl: '2023.acl-long.1' } }, 'd', 'id'],
    // The id wins over a title that names another entry.
    [{ ids: { doi: '10.1109/cvpr.2016.90' }, title: 'Attention Is All You Need' }, 'b', 'id'],
    // Unknown ids fall back to the title.
    [{ ids: { arxiv: '2401.00001', doi: '10.1/unknown' }, title: 'Deep Residual Learning for Image Recognition' }, 'b', 'title'],
  ];
  it.each(cases)('matches %j', (query, expected, method) => {
    const match = byId.match(query);
    expect(match?.entry.id).toBe(expected);
    expect(match?.method).toBe(method);
    expect(match?.confidence).toBe(1);
  });

  it('does not match ids of another kind or another case where ids are case-sensitive', () => {
    expect(byId.match({ ids: { openreview: 'abcdef123' } })).toBeNull();
    expect(byId.match({ ids: { doi: '1706.03762' } })).toBeNull();
  });

  it('refuses a title match when both sides carry different arXiv ids', () => {
    expect(byId.match({ ids: { arxiv: '2101.00001' }, title: 'Attention Is All You Need' })).toBeNull();
    expect(byId.match({ ids: { arxiv: '2101.00001' }, title: 'Attention is all you ned' })).toBeNull();
  });

  it('prefers the earlier catalogue when two hold the same paper', () => {
    const both = MatchIndex.build([catalogueOf('first', [{ id: 'x', title: 'Pointer Networks' }]), catalogue]);
    expect(both.size).toBe(catalogue.papers.length + 1);
    expect(both.match({ title: 'pointer networks' })?.catalogueId).toBe('first');
    expect(both.match({ title: FLAME })?.catalogueId).toBe(catalogue.id);
  });
});

describe('MatchIndex edge cases', () => {
  it('matches LaTeX Greek letters against Unicode ones', () => {
    const greek = MatchIndex.build([catalogueOf('greek', [{ id: 'g', title: 'α-Rank: Multi-Agent Evaluation by Evolution' }])]);
    expect(greek.match({ title: '$\\alpha$-Rank: Multi-Agent Evaluation by Evolution' })?.method).toBe('title');
    expect(greek.match({ title: '$\\alpha$-Rank: Multi-Agent Evaluation by Evoluton' })?.method).toBe('fuzzy');
  });

  it('refuses a typo that is one letter from two different titles', () => {
    const twins = MatchIndex.build([
      catalogueOf('twins', [
        { id: 'masks', title: 'Learning Sparse Masks for Efficient Vision Models' },
        { id: 'marks', title: 'Learning Sparse Marks for Efficient Vision Models' },
      ]),
    ]);
    expect(twins.match({ title: 'Learning Sparse Maks for Efficient Vision Models' })).toBeNull();
    expect(twins.match({ title: 'Learning Sparse Masks for Eficient Vision Models' })?.entry.id).toBe('masks');
  });

  it('returns the catalogue entry object itself', () => {
    expect(index.match({ title: POINTER })?.entry).toBe(entryStarting('Pointer'));
  });
});

describe('MatchIndex abstract as second signal', () => {
  const flameEntry = entryStarting('FLAME');
  const twoFlames = catalogueOf('flames', [
    { id: 'fl', title: 'FLAME: Federated Learning with Adaptive Model Editing', abstract: FEDERATED_ABSTRACT },
    { id: 'lip', title: flameEntry.title.replace('FLAME: ', 'FLAME: Towards '), abstract: flameEntry.abstract },
  ]);
  const flames = MatchIndex.build([twoFlames]);

  it('breaks a tie between entries that share the main title', () => {
    const query = { title: 'FLAME: Multilingual Long-Context Language-Image Pre-training' };
    expect(flames.match(query)).toBeNull();
    expect(flames.match({ ...query, abstract: pageAbstract('FLAME') })?.entry.id).toBe('lip');
    expect(flames.match({ ...query, abstract: FEDERATED_ABSTRACT })?.entry.id).toBe('fl');
    expect(flames.match({ ...query, abstract: VIT_ABSTRACT })).toBeNull();
  });

  it('is needed when only part of the title agrees', () => {
    const title = 'Positional Encoding and Length Generalization in Transformers';
    expect(index.match({ title })).toBeNull();
    expect(index.match({ title, abstract: VIT_ABSTRACT })).toBeNull();
    expect(index.match({ title, abstract: pageAbstract('The Impact') })?.entry.title).toBe(IMPACT_PE);
  });

  it('vetoes a near-identical title whose abstract is another paper', () => {
    expect(index.match({ title: 'Symbolic Discovery of Optimisation Algorithms', abstract: pageAbstract('Pointer') })).toBeNull();
  });

  it('is ignored when the entry has none', () => {
    const bare = MatchIndex.build([catalogueOf('bare', [{ id: 'g', title: GROKKED }])]);
    expect(bare.match({ title: 'Grokked Transformers are Implicit Reasoners', abstract: VIT_ABSTRACT })?.entry.id).toBe('g');
    expect(bare.match({ title: 'Grokked Transformers', abstract: VIT_ABSTRACT })).toBeNull();
  });
});

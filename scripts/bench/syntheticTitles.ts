/**
 * Deterministic synthetic paper titles for the matching benchmark: ML vocabulary drawn
 * with Zipf frequencies (so "learning" is everywhere and "Koopman" rare, as in real
 * catalogues), made-up model names before a colon, hyphenated compounds, subtitles.
 */

/** A seeded PRNG (mulberry32): the same seed gives the same titles on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string): string[] => text.trim().split(/\s+/);

const ADJECTIVES = words(`
  Efficient Scalable Robust Self-Supervised Multi-Modal Pre-trained Zero-Shot Few-Shot Large-Scale Low-Rank
  Long-Context Sparse Dense Hierarchical Adaptive Contrastive Generative Discriminative Probabilistic Bayesian
  Causal Compositional Continual Federated Distributed Differentiable Equivariant Geometric Implicit Explicit
  Interpretable Explainable Lightweight Memory-Efficient Parameter-Efficient Unified Universal Structured Temporal
  Spatial Spatio-Temporal Semantic Neural Symbolic Neuro-Symbolic Recurrent Convolutional Graph-Based Hybrid
  Stochastic Deterministic Latent Conditional Unsupervised Semi-Supervised Weakly-Supervised Active Offline Online
  Safe Fair Private Verifiable Provable Optimal Near-Optimal Fast Faster Simple Minimal Open-Vocabulary Instruction-Tuned
  Retrieval-Augmented Multilingual Cross-Lingual Multi-Task Multi-Agent Hierarchical Autoregressive Non-Autoregressive
  Diffusion-Based Token-Level Sentence-Level Data-Efficient Compute-Optimal Emergent Frozen Quantized Distilled Pruned
`);
const NOUNS = words(`
  Learning Representations Models Transformers Networks Attention Diffusion Generalization Reasoning Alignment
  Embeddings Agents Policies Rewards Planning Optimization Inference Training Pretraining Fine-Tuning Adaptation
  Distillation Compression Quantization Pruning Retrieval Generation Segmentation Detection Classification Tracking
  Captioning Translation Summarization Parsing Grounding Navigation Manipulation Control Exploration Calibration
  Uncertainty Robustness Fairness Privacy Interpretability Explanations Benchmarks Datasets Evaluation Scaling Laws
  Priors Kernels Features Tokens Prompts Instructions Memory Experts Routing Mixtures Ensembles Graphs Trees Sequences
  Images Videos Speech Audio Text Code Proofs Programs Molecules Proteins Materials Physics Dynamics Simulation
  Forecasting Recommendation Ranking Search Hashing Clustering Matching Correspondence Registration Reconstruction
  Rendering Synthesis Editing Inpainting Super-Resolution Denoising Deblurring Estimation Localization Mapping
  Perception Understanding Discovery Verification Certification Attacks Defenses Watermarking Unlearning Merging
  Hallucination Reflection Feedback Preferences Curricula Objectives Losses Regularization Normalization Initialization
  Sampling Decoding Search Exploration Imitation Demonstrations Skills World-Models Koopman Operators Flows Manifolds
`);
const METHODS = words(`
  Transformers Diffusion-Models Graph-Neural-Networks State-Space-Models Mixture-of-Experts Contrastive-Learning
  Reinforcement-Learning Meta-Learning Active-Learning Curriculum-Learning Knowledge-Distillation Prompt-Tuning
  Low-Rank-Adaptation Gaussian-Processes Normalizing-Flows Energy-Based-Models Variational-Autoencoders Neural-Fields
  Optimal-Transport Score-Matching Flow-Matching Chain-of-Thought In-Context-Learning Self-Attention Cross-Attention
  Vision-Language-Models Large-Language-Models Language-Models Neural-Operators Spiking-Networks Hypernetworks
`).map((w) => w.replace(/-/g, ' ').replace(/ of /g, '-of-'));
const DOMAINS = words(`
  Robotics Autonomous-Driving Medical-Imaging Healthcare Drug-Discovery Protein-Design Climate Weather Finance
  Recommender-Systems Dialogue Question-Answering Machine-Translation Code-Generation Theorem-Proving Mathematics
  Remote-Sensing Point-Clouds 3D-Scenes Video-Understanding Speech-Recognition Music Chemistry Materials-Science
  Education Law Biology Genomics Neuroscience Astronomy Games Web-Agents Tabular-Data Time-Series Knowledge-Graphs
  Edge-Devices Low-Resource-Languages Scientific-Documents Surgical-Video Satellite-Imagery Autonomous-Agents
`).map((w) => w.replace(/-/g, ' '));
const VERBS = words(`
  Scaling Rethinking Revisiting Understanding Improving Learning Training Benchmarking Aligning Distilling Steering
  Probing Evaluating Accelerating Unifying Bridging Generalizing Compressing Adapting Grounding Decoding Exploring
`);
const VERBS_BASE = words(`Generalize Reason Plan Forget Memorize Transfer Scale Align Hallucinate Explore Compose Adapt`);
const SYLLABLES = words(`ra lo mi ka zen tor vi nex flu gra pha syn qua lu ma da fi ro sa te na po li co ve xa bri mo del`);

/** Single words a benchmark can insert into a title to make it another paper's. */
export const VOCABULARY: readonly string[] = [...ADJECTIVES, ...NOUNS];

/** Samples ranks with Zipf frequencies (weight 1 / (rank + 1)). */
function zipf(list: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < list.length; r++) cumulative.push((total += 1 / (r + 1)));
  return () => {
    const u = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return list[lo] as string;
  };
}

/** A title generator: call it for the next title; `hasSubtitle` titles carry a colon. */
export function titleGenerator(seed: number): () => string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const adj = zipf(ADJECTIVES, random);
  const noun = zipf(NOUNS, random);
  const method = zipf(METHODS, random);
  const domain = zipf(DOMAINS, random);
  const verb = zipf(VERBS, random);
  // Model names as in real titles: "GraphFM", "SaRA", "LM-Infinite", "CroCo v2".
  const acronym = (): string => {
    const n = 2 + Math.floor(random() * 2);
    let name = '';
    for (let i = 0; i < n; i++) {
      const s = pick(SYLLABLES);
      name += random() < 0.5 ? s.toUpperCase() : s[0]?.toUpperCase() + s.slice(1);
    }
    const r = random();
    return r < 0.1 ? `${name}-${pick(['XL', 'Lite', 'Zero', 'Infinite', 'Pro'])}` : r < 0.2 ? `${name} v${2 + Math.floor(random() * 3)}` : name;
  };
  const templates: (() => string)[] = [
    () => `${acronym()}: ${verb()} ${adj()} ${noun()} for ${adj()} ${domain()}`,
    () => `${acronym()}: ${adj()} ${noun()} ${method()} for ${domain()} and ${domain()}`,
    () => `${acronym()}: A ${adj()} ${noun()} Benchmark for ${adj()} ${noun()}`,
    () => `${adj()} ${noun()} ${noun()} via ${adj()} ${method()}`,
    () => `On the ${noun()} of ${adj()} ${noun()} in ${domain()}`,
    () => `Towards ${adj()} ${noun()}: A ${adj()} ${noun()} Perspective on ${domain()}`,
    () => `${verb()} ${adj()} ${method()} with ${adj()} ${noun()} and ${noun()}`,
    () => `Learning to ${pick(VERBS_BASE)} with ${adj()} ${noun()}: ${adj()} ${method()} for ${domain()}`,
    () => `When Do ${adj()} ${method()} ${pick(VERBS_BASE)}? ${adj()} ${noun()} in ${domain()}`,
    () => `${adj()} ${method()} Are ${adj()} ${noun()} Learners`,
    () => `${verb()} ${noun()} in ${adj()} ${method()}: ${adj()} ${noun()} at Scale`,
    () => `${adj()} ${adj()} ${noun()} for ${domain()} via ${noun()} ${noun()}`,
  ];
  return () => pick(templates)();
}

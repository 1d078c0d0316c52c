/**
 * Imported first by a module whose thread will segment (worker.ts): starts loading the segmenter's
 * dictionary in the background (jieba.ts `preloadSegmenter`) before the pipeline's modules, which
 * the imports after this one load, are evaluated, so that both happen at once.
 */
import { preloadSegmenter } from './nlp/jieba.js';

preloadSegmenter();

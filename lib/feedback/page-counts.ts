import 'server-only';
import { database } from '@/lib/db/connect';
import { countFeedback, type FeedbackCounts } from './counts';

let counted: Promise<FeedbackCounts> | undefined;

/** The counts the pages of one build show: counted once per process, when the first page asks. */
export function getFeedbackCounts(): Promise<FeedbackCounts> {
  counted ??= database().then((db) => countFeedback(db));
  return counted;
}

// Every message file, merged: what the catalogue (catalog.ts) translates from and the text
// sources (text-source.ts, the embed's text files) serve. Register a new message file here.
import { ACTION_MESSAGES } from './messages/actions.ts';
import { CLUSTER_UI_MESSAGES } from './messages/cluster-ui.ts';
import { EMBED_MESSAGES } from './messages/embed.ts';
import { CONSOLE_MESSAGES } from './messages/console.ts';
import { DIAGRAM_MESSAGES } from './messages/diagram.ts';
import { FIGURE_MESSAGES } from './messages/figure.ts';
import { EVENT_MESSAGES } from './messages/events.ts';
import { ERROR_MESSAGES } from './messages/errors.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { LESSON_UI_MESSAGES } from './messages/lesson-ui.ts';
import { LAG_MESSAGES } from './messages/lag.ts';
import { LESSON_MESSAGES } from './messages/lessons.ts';
import { LESSON_BROKERS_UI_MESSAGES } from './messages/lesson-ui-cluster.ts';
import { LESSON_CLIENT_MESSAGES } from './messages/lessons-clients.ts';
import { LESSON_COMPACTION_MESSAGES } from './messages/lessons-compaction.ts';
import { LIMIT_MESSAGES } from './messages/limits.ts';
import { MOMENT_MESSAGES } from './messages/moments.ts';
import { PAGE_MESSAGES } from './messages/page.ts';
import { PRACTICE_MESSAGES } from './messages/practice.ts';
import { PRACTICE_MISCONCEPTION_MESSAGES } from './messages/practice-misconceptions.ts';
import { PRACTICE_UI_MESSAGES } from './messages/practice-ui.ts';
import { LESSON_VOTE_MESSAGES } from './messages/lesson-vote.ts';
import { VERSION_MESSAGES } from './messages/versions.ts';
import { COMPACTION_MESSAGES } from './messages/compaction.ts';
import { TRANSACTION_MESSAGES } from './messages/transactions.ts';
import { CONSUMER_PROTOCOL_MESSAGES } from './messages/consumer-protocol.ts';

export const MESSAGES = { ...PAGE_MESSAGES, ...CLUSTER_UI_MESSAGES, ...EVENT_MESSAGES, ...ERROR_MESSAGES, ...LESSON_MESSAGES, ...LESSON_UI_MESSAGES, ...LESSON_BROKERS_UI_MESSAGES, ...LESSON_CLIENT_MESSAGES, ...LESSON_COMPACTION_MESSAGES, ...FILE_MESSAGES, ...LIMIT_MESSAGES, ...EMBED_MESSAGES, ...CONSOLE_MESSAGES, ...LAG_MESSAGES, ...MOMENT_MESSAGES, ...ACTION_MESSAGES, ...DIAGRAM_MESSAGES, ...PRACTICE_MESSAGES, ...PRACTICE_MISCONCEPTION_MESSAGES, ...PRACTICE_UI_MESSAGES, ...LESSON_VOTE_MESSAGES, ...VERSION_MESSAGES, ...FIGURE_MESSAGES, ...COMPACTION_MESSAGES, ...TRANSACTION_MESSAGES, ...CONSUMER_PROTOCOL_MESSAGES };

import type { Entry } from '../entry.ts';

// Transactions (src/view/narrate-transactions.ts) and their refusals. Korean terms, one per concept:
// 트랜잭션, 코디네이터, 컨트롤 마커, 커밋, 중단(abort), 프로듀서 에포크, 펜싱됨, 마지막 안정 오프셋(LSO).
export const TRANSACTION_MESSAGES = {
  'event.transactionsInitialized': {
    ko: '{producer} 프로듀서가 initTransactions()를 마쳤습니다. 트랜잭션 ID {transactionalId}의 코디네이터는 브로커 {coordinator}(__transaction_state 파티션 {partition}의 리더)이고, 프로듀서 ID {producerId|와} 프로듀서 에포크 {epoch|을} 받았습니다. 같은 ID의 이전 프로듀서는 이제 펜싱됩니다.',
    en: 'Producer {producer} finished initTransactions(). Transactional id {transactionalId} is coordinated by broker {coordinator}, the leader of __transaction_state partition {partition}; it got producer id {producerId}, producer epoch {epoch}. Any older producer with the same id is now fenced.',
  },
  'event.transactionStateChanged': {
    ko: '코디네이터: 트랜잭션 {transactionalId}의 상태가 {from}에서 {to|로} 바뀌었습니다(에포크 {epoch}).',
    en: 'Coordinator: transaction {transactionalId} went from {from} to {to} (epoch {epoch}).',
  },
  'event.transactionStateChanged.timeout': {
    ko: '코디네이터: 트랜잭션 {transactionalId|이} transaction.timeout.ms를 넘겼습니다. 에포크를 {epoch|로} 올리고 중단합니다({from} → {to}).',
    en: 'Coordinator: transaction {transactionalId} outlived transaction.timeout.ms, so it bumps the epoch to {epoch} and aborts it ({from} → {to}).',
  },
  'event.transactionStateChanged.fenced': {
    ko: '코디네이터: 같은 트랜잭션 ID로 새 프로듀서가 initTransactions()를 호출했습니다. 열린 트랜잭션 {transactionalId|을} 에포크 {epoch|로} 펜싱하고 중단합니다({from} → {to}).',
    en: 'Coordinator: a new producer called initTransactions() with the same transactional id, so the open transaction {transactionalId} is fenced at epoch {epoch} and aborted ({from} → {to}).',
  },
  'event.transactionBegun': {
    ko: '{producer} 프로듀서가 beginTransaction()을 호출했습니다. 첫 레코드를 보낼 때 코디네이터가 트랜잭션 {transactionalId|을} 알게 됩니다.',
    en: 'Producer {producer} called beginTransaction(); the coordinator hears of transaction {transactionalId} with its first record.',
  },
  'event.partitionAddedToTransaction': {
    ko: '{producer} 프로듀서가 {tp} 파티션을 트랜잭션 {transactionalId}에 추가했습니다(AddPartitionsToTxn).',
    en: 'Producer {producer} added partition {tp} to transaction {transactionalId} (AddPartitionsToTxn).',
  },
  'event.partitionAddedToTransaction.implicit': {
    ko: '{tp} 파티션이 {producer} 프로듀서의 트랜잭션 {transactionalId}에 추가되었습니다. 트랜잭션 버전 2에서는 프로듀서가 AddPartitionsToTxn을 따로 보내지 않고, 요청을 받은 브로커가 코디네이터에 추가합니다(KIP-890).',
    en: 'Partition {tp} joined producer {producer}\'s transaction {transactionalId}. Under transaction version 2 the producer sends no AddPartitionsToTxn: the broker that takes its request adds the partition at the coordinator (KIP-890).',
  },
  'event.transactionMarkersWritten.commit': {
    ko: '코디네이터가 트랜잭션 {transactionalId}의 커밋 마커를 썼습니다: {markers}. 마커도 오프셋을 하나씩 차지합니다. 이제 read_committed 컨슈머가 이 트랜잭션의 레코드를 읽습니다.',
    en: 'The coordinator wrote the commit markers of transaction {transactionalId}: {markers}. Each marker takes an offset. read_committed consumers now read this transaction\'s records.',
  },
  'event.transactionMarkersWritten.abort': {
    ko: '코디네이터가 트랜잭션 {transactionalId}의 중단 마커를 썼습니다: {markers}. 마커도 오프셋을 하나씩 차지합니다. read_committed 컨슈머는 이 트랜잭션의 레코드를 건너뜁니다.',
    en: 'The coordinator wrote the abort markers of transaction {transactionalId}: {markers}. Each marker takes an offset. read_committed consumers skip this transaction\'s records.',
  },
  'event.transactionMarkersWritten.commit.none': {
    ko: '트랜잭션 {transactionalId|이} 커밋되었습니다. 마커를 쓸 토픽 파티션은 없었습니다.',
    en: 'Transaction {transactionalId} committed; it had no topic partition to write a marker to.',
  },
  'event.transactionMarkersWritten.abort.none': {
    ko: '트랜잭션 {transactionalId|이} 중단되었습니다. 마커를 쓸 토픽 파티션은 없었습니다.',
    en: 'Transaction {transactionalId} aborted; it had no topic partition to write a marker to.',
  },
  'event.transactionOffsetsAdded': {
    ko: '{producer} 프로듀서가 {group} 그룹의 오프셋을 트랜잭션 {transactionalId}에 넣었습니다: {offsets}. 트랜잭션이 커밋될 때 함께 커밋됩니다.',
    en: 'Producer {producer} put offsets of group {group} into transaction {transactionalId}: {offsets}. They are committed only if the transaction commits.',
  },
  'event.transactionOffsetsCommitted': {
    ko: '트랜잭션 {transactionalId}의 커밋과 함께 {group} 그룹의 오프셋이 커밋되었습니다: {offsets}.',
    en: 'With transaction {transactionalId}\'s commit, group {group}\'s offsets were committed: {offsets}.',
  },
  'event.transactionEndWaiting.commit': {
    ko: '{producer} 프로듀서가 commitTransaction()을 호출했습니다. 먼저 아직 응답받지 못한 레코드 {count}개부터 마칩니다.',
    en: 'Producer {producer} called commitTransaction(); it first finishes {count, plural, one {# record} other {# records}} not yet answered.',
  },
  'event.transactionEndWaiting.abort': {
    ko: '{producer} 프로듀서가 abortTransaction()을 호출했습니다. 먼저 아직 응답받지 못한 레코드 {count}개부터 마칩니다.',
    en: 'Producer {producer} called abortTransaction(); it first finishes {count, plural, one {# record} other {# records}} not yet answered.',
  },
  'event.producerFenced': {
    ko: '{producer} 프로듀서가 펜싱됨: {operation} 요청이 {error|로} 거부되었습니다. 에포크 {epoch|는} 트랜잭션 ID {transactionalId}의 현재 에포크 {current}보다 오래되었습니다. 이 프로듀서는 닫아야 합니다.',
    en: 'Producer {producer} is fenced: its {operation} was refused with {error}. Its epoch {epoch} is older than transactional id {transactionalId}\'s current epoch {current}; this producer must be closed.',
  },
  'event.producerFenced.send': {
    ko: '{producer} 프로듀서가 펜싱됨: 전송이 {error|로} 거부되었습니다. 에포크 {epoch|는} 트랜잭션 ID {transactionalId}의 현재 에포크 {current}보다 오래되어 레코드가 쓰이지 않았습니다.',
    en: 'Producer {producer} is fenced: its send was refused with {error}. Its epoch {epoch} is older than transactional id {transactionalId}\'s current epoch {current}, so nothing was written.',
  },
  'event.producerEpochBumped.commit': {
    ko: '코디네이터가 트랜잭션 {transactionalId}의 커밋 요청(EndTxn)을 받고 프로듀서 에포크를 {from}에서 {to|로} 올렸습니다(트랜잭션 버전 2, KIP-890). 커밋 마커도 에포크 {to|로} 쓰이고, {producer} 프로듀서는 EndTxn 응답으로 새 에포크를 받습니다. 이제 끝난 트랜잭션의 요청이 뒤늦게 도착하면(에포크 {from}) 펜싱됩니다.',
    en: 'The coordinator took transaction {transactionalId}\'s commit (EndTxn) and bumped the producer epoch from {from} to {to} (transaction version 2, KIP-890). The commit markers carry epoch {to}, and producer {producer} learns it from the EndTxn response; a late write of the ended transaction (epoch {from}) is now fenced.',
  },
  'event.producerEpochBumped.abort': {
    ko: '코디네이터가 트랜잭션 {transactionalId}의 중단 요청(EndTxn)을 받고 프로듀서 에포크를 {from}에서 {to|로} 올렸습니다(트랜잭션 버전 2, KIP-890). 중단 마커도 에포크 {to|로} 쓰이고, {producer} 프로듀서는 EndTxn 응답으로 새 에포크를 받습니다. 이제 끝난 트랜잭션의 요청이 뒤늦게 도착하면(에포크 {from}) 펜싱됩니다.',
    en: 'The coordinator took transaction {transactionalId}\'s abort (EndTxn) and bumped the producer epoch from {from} to {to} (transaction version 2, KIP-890). The abort markers carry epoch {to}, and producer {producer} learns it from the EndTxn response; a late write of the ended transaction (epoch {from}) is now fenced.',
  },
  'event.lateWriteArrived.refused.INVALID_PRODUCER_EPOCH': {
    ko: '{producer} 프로듀서가 끝난 트랜잭션에서 보낸 요청이 뒤늦게 {tp} 리더에 도착했지만 INVALID_PRODUCER_EPOCH로 거부되었습니다. 에포크 {epoch|는} 이미 지나간 에포크라서 다음 트랜잭션에 끼어들 수 없습니다.',
    en: 'A late write from producer {producer}\'s ended transaction reached the leader of {tp} and was refused with INVALID_PRODUCER_EPOCH: its epoch {epoch} is past, so it cannot slip into the next transaction.',
  },
  'event.lateWriteArrived.refused.INVALID_TXN_STATE': {
    ko: '{producer} 프로듀서의 요청이 뒤늦게 {tp} 리더에 도착했습니다. 리더가 코디네이터에 확인해 보니(트랜잭션 검증, KIP-890) 이 파티션은 진행 중인 트랜잭션에 없어서 INVALID_TXN_STATE로 거부했고, 아무것도 쓰이지 않았습니다.',
    en: 'A late write from producer {producer} reached the leader of {tp}. The leader checked with the coordinator (transaction verification, KIP-890): the partition is in no ongoing transaction, so it refused the write with INVALID_TXN_STATE and nothing was written.',
  },
  'event.lateWriteArrived.refused.CONCURRENT_TRANSACTIONS': {
    ko: '{producer} 프로듀서의 요청이 뒤늦게 {tp} 리더에 도착했지만, 트랜잭션이 커밋이나 중단을 마무리하는 중이라 CONCURRENT_TRANSACTIONS로 거부되었습니다.',
    en: 'A late write from producer {producer} reached the leader of {tp}, but the transaction is completing its commit or abort, so it was refused with CONCURRENT_TRANSACTIONS.',
  },
  'event.lateWriteArrived.joined': {
    ko: '뒤늦게 도착한 {producer} 프로듀서의 요청이 {tp}의 오프셋 {offset}에 쓰였습니다(에포크 {epoch}). 같은 에포크의 트랜잭션이 이 파티션에 열려 있어서 그 트랜잭션의 레코드가 되었습니다. 이전 트랜잭션의 레코드가 다음 트랜잭션과 함께 커밋되거나 중단되는 것으로, 트랜잭션 버전 2가 막는 경우입니다.',
    en: 'A late write from producer {producer} was written to {tp} at offset {offset} (epoch {epoch}). A transaction with the same epoch is open in this partition, so the record became part of it: a record of the earlier transaction commits or aborts with the next one, which transaction version 2 prevents.',
  },
  'event.lateWriteArrived.hanging': {
    ko: '뒤늦게 도착한 {producer} 프로듀서의 요청이 검증 없이 {tp}의 오프셋 {offset}에 쓰였습니다(에포크 {epoch}). 코디네이터가 모르는 트랜잭션이 열렸으니 마커는 오지 않습니다. 관리자가 중단할 때까지 LSO를 여기에 묶어 두는, 매달린 트랜잭션(hanging transaction)입니다(kafka-transactions.sh find-hanging, abort).',
    en: 'A late write from producer {producer} was written to {tp} at offset {offset} (epoch {epoch}) without verification. It opened a transaction the coordinator does not know, so no marker will come: a hanging transaction that holds the LSO here until an admin aborts it (kafka-transactions.sh find-hanging, abort).',
  },
  'event.hangingTransactionAborted': {
    ko: '관리자가 {tp}의 오프셋 {start}에서 시작한 매달린 트랜잭션(프로듀서 ID {producerId})을 중단했습니다. 중단 마커가 오프셋 {offset}에 쓰였고, LSO가 다시 나아갑니다.',
    en: 'An admin aborted the hanging transaction of producer id {producerId} that started at offset {start} of {tp}. The abort marker went to offset {offset}, and the LSO moves on again.',
  },
  'marker.lso': {
    ko: '마지막 안정 오프셋(LSO) {offset}: 열린 트랜잭션이 여기서 시작하므로 read_committed 컨슈머는 이 오프셋 앞에서 멈춥니다.',
    en: 'last stable offset (LSO) {offset}: an open transaction starts here, so read_committed consumers stop before this offset.',
  },
  'marker.lsoShort': { ko: 'LSO', en: 'LSO' },
  'marker.hw': {
    ko: '하이 워터마크(HW) {offset}: read_uncommitted 컨슈머는 열린 트랜잭션의 레코드까지 이 오프셋 앞까지 읽습니다.',
    en: 'high watermark (HW) {offset}: read_uncommitted consumers read up to this offset, records of open transactions included.',
  },
  'marker.hwShort': { ko: 'HW', en: 'HW' },
  'record.txn.open': { ko: ', 열린 트랜잭션', en: ', open transaction' },
  'record.txn.committed': { ko: ', 커밋된 트랜잭션', en: ', committed transaction' },
  'record.txn.aborted': { ko: ', 중단된 트랜잭션', en: ', aborted transaction' },
  'record.txn.open.help': {
    ko: '… 열린 트랜잭션의 레코드: 아직 커밋도 중단도 되지 않았습니다. read_committed 컨슈머는 여기서 기다립니다.',
    en: '… a record of an open transaction: neither committed nor aborted yet. read_committed consumers wait here.',
  },
  'record.txn.committed.help': {
    ko: '✓ 커밋된 트랜잭션의 레코드: read_committed 컨슈머도 읽습니다.',
    en: '✓ a record of a committed transaction: read_committed consumers read it too.',
  },
  'record.txn.aborted.help': {
    ko: '✗ 중단된 트랜잭션의 레코드: 로그에 남지만 read_committed 컨슈머는 건너뜁니다. read_uncommitted 컨슈머는 읽습니다.',
    en: '✗ a record of an aborted transaction: it stays in the log, but read_committed consumers skip it; read_uncommitted ones read it.',
  },
  'record.control.commit': { ko: '오프셋 {offset} 커밋 마커', en: 'offset {offset} commit marker' },
  'record.control.abort': { ko: '오프셋 {offset} 중단 마커', en: 'offset {offset} abort marker' },
  'record.control.commit.short': { ko: '커밋', en: 'commit' },
  'record.control.abort.short': { ko: '중단', en: 'abort' },
  'record.control.commit.help': {
    ko: '커밋 마커(컨트롤 레코드): 코디네이터가 쓴 것으로, 오프셋을 하나 차지하지만 어떤 컨슈머에게도 전달되지 않습니다. 이 프로듀서의 앞선 트랜잭션 레코드가 커밋되었다고 표시합니다.',
    en: 'Commit marker (a control record): written by the coordinator, it takes an offset but is never handed to a consumer. It marks this producer\'s earlier records of the transaction as committed.',
  },
  'record.control.abort.help': {
    ko: '중단 마커(컨트롤 레코드): 코디네이터가 쓴 것으로, 오프셋을 하나 차지하지만 어떤 컨슈머에게도 전달되지 않습니다. read_committed 컨슈머는 이 프로듀서의 앞선 트랜잭션 레코드를 건너뜁니다.',
    en: 'Abort marker (a control record): written by the coordinator, it takes an offset but is never handed to a consumer. read_committed consumers skip this producer\'s earlier records of the transaction.',
  },
  'error.NOT_TRANSACTIONAL': {
    ko: '{producer} 프로듀서에는 transactional.id가 없어 트랜잭션 메서드를 쓸 수 없습니다.',
    en: 'Producer {producer} has no transactional.id, so it cannot use transactional methods.',
  },
  'error.INVALID_TXN_TRANSITION': {
    ko: '트랜잭션 ID {transactionalId}: {from} 상태에서 {to} 상태로 갈 수 없습니다.',
    en: 'Transactional id {transactionalId}: invalid transition from state {from} to state {to}.',
  },
  'error.PRODUCER_FENCED': {
    ko: '{producer} 프로듀서는 같은 트랜잭션 ID({transactionalId})를 쓰는 다른 프로듀서에게 펜싱되었습니다. 닫고 새로 만들어야 합니다.',
    en: 'Producer {producer} was fenced by another producer with the same transactional id ({transactionalId}); close it and create a new one.',
  },
  'error.TRANSACTIONS_NOT_INITIALIZED': {
    ko: '{producer} 프로듀서는 initTransactions()를 마치기 전에는 {tp} 파티션에 보낼 수 없습니다.',
    en: 'Producer {producer} cannot send to {tp} before completing a call to initTransactions().',
  },
  'error.TRANSACTION_NOT_IN_PROGRESS': {
    ko: '{producer} 프로듀서는 진행 중인 트랜잭션이 없어(상태 {current}) 보낼 수 없습니다. 먼저 beginTransaction()을 호출하세요.',
    en: 'Producer {producer} has no transaction in progress (state {current}), so it cannot send. Call beginTransaction() first.',
  },
  'error.NO_OPEN_TRANSACTION': {
    ko: '{tp} 파티션에는 오프셋 {offset}에서 시작하는 열린 트랜잭션이 없습니다.',
    en: 'Could not find any open transaction starting at offset {offset} on partition {tp}.',
  },
  'error.LEADER_NOT_AVAILABLE': {
    ko: '{tp} 파티션에 살아 있는 리더가 없습니다.',
    en: 'Partition {tp} has no live leader.',
  },
  'error.GROUP_ID_NOT_FOUND': {
    ko: '{group} 그룹이 없습니다.',
    en: 'Group {group} does not exist.',
  },
  'error.COORDINATOR_NOT_AVAILABLE.transaction': {
    ko: '트랜잭션 ID {transactionalId}의 코디네이터를 쓸 수 없습니다. __transaction_state 파티션 {partition}에 살아 있는 리더가 없습니다.',
    en: 'The coordinator of transactional id {transactionalId} is not available: __transaction_state partition {partition} has no live leader.',
  },
  'error.CONFIG_EXCEPTION.transactionalId': {
    ko: 'transactional.id를 설정하면서 멱등성(enable.idempotence)을 끌 수는 없습니다.',
    en: 'Cannot set a transactional.id without also enabling idempotence.',
  },
} satisfies Record<string, Entry>;

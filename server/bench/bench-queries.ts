/** The read queries both HTTP benchmarks send (`http-suite.ts` under load, `request-cpu.bench.ts` one at a time). */

export const LIST_QUERY = `query BenchList($filter: ComplaintFilter) {
  complaints(first: 50, filter: $filter) {
    edges { cursor node {
      id number kind status title receivedAt overdue nextDueAt responseDueAt resolutionDueAt returnVisitDueAt
      grade { code label rank } category { code label } project { id name } handler { id name }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const COMPLAINT_QUERY = `query BenchComplaint($id: ID!) {
  complaint(id: $id) {
    id number kind status channel title description receivedAt version overdue
    category { code label } grade { code label rank } gradeExplanation project { id name } owningUnit { id name }
    firstResponsible { id name } handler { id name } customers { name phone room } householdCount compensationAmount
    flags responseDueAt resolutionDueAt returnVisitDueAt allowedActions
    events(first: 20) { totalCount edges { node { id type label occurredAt fromStatus toStatus reason data actor { id name } } } }
  }
}`;

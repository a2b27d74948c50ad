package org.strategytracker.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Links every stored event into the chain, in the order the event store hands them out. One segment
 * and one thread, so the chain has one order; never replayed, since the chain is the record of what
 * was stored when.
 */
@Component
@ProcessingGroup(AuditChainRecorder.PROCESSING_GROUP)
@DisallowReplay
class AuditChainRecorder {

  static final String PROCESSING_GROUP = "audit-chain";

  private final AuditChain chain;

  AuditChainRecorder(AuditChain chain) {
    this.chain = chain;
  }

  @EventHandler
  void on(Object event, EventMessage<?> message) {
    chain.append(message.getIdentifier());
  }
}

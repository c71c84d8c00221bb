package org.palimpsest.system.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Stores a batch's held-back projection writes right after its last event was handled. That is inside the
 * batch's processing, so before the tracking processor stores its token (a prepare-commit step): a crash
 * can leave the token behind the read models, which replay repairs, never ahead of them.
 */
final class BatchWritesInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ProjectionWrites writes;

    BatchWritesInterceptor(ProjectionWrites writes) {
        this.writes = writes;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            writes.flush(unitOfWork);
        }
        return result;
    }
}

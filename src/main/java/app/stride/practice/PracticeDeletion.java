package app.stride.practice;

import app.stride.account.AccountDeleting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's practice goes with it: every exercise they answered and their mastery. */
@Component
class PracticeDeletion {

    @PersistenceContext
    private EntityManager entities;

    @EventListener
    void on(AccountDeleting deleting) {
        entities.createNativeQuery("delete from attempt where user_id = :u").setParameter("u", deleting.userId())
                .executeUpdate();
        entities.createNativeQuery("delete from mastery where user_id = :u").setParameter("u", deleting.userId())
                .executeUpdate();
    }
}

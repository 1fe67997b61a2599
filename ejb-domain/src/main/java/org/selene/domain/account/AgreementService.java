package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DbLabel;
import org.selene.domain.shared.DomainException;

import java.util.List;
import java.util.UUID;

/** The agreements in effect today (account.agreement), as the sign-up and account pages show them. */
@Stateless
public class AgreementService {

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    /** The text of one version; content is null for an agreement without text (Open Dataset). */
    public record AgreementText(UUID id, AgreementType type, String version, String content) {
    }

    public AgreementText current(AgreementType type) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, version, CASE WHEN content_id IS NULL THEN NULL ELSE convert_from(lo_get(content_id), 'UTF8') END
                FROM account.agreement WHERE agreement = CAST(?1 AS agreement_enum) AND effective @> current_date
                ORDER BY lower(effective) DESC LIMIT 1""").setParameter(1, DbLabel.toLabel(type)).getResultList();
        Object[] row = (Object[]) rows.stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("no " + type.label() + " is in effect"));
        return new AgreementText((UUID) row[0], type, (String) row[1], (String) row[2]);
    }
}

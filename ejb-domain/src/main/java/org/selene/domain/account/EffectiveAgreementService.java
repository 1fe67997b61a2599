package org.selene.domain.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selene.domain.shared.DbLabel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agreement versions in effect today, with their text (a large object). */
@Stateless
public class EffectiveAgreementService {

    public record AgreementText(UUID id, AgreementType type, String version, String content) {
    }

    @PersistenceContext(unitName = "selene")
    private EntityManager em;

    public Optional<AgreementText> current(AgreementType type) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, version, CASE WHEN content_id IS NULL THEN NULL ELSE convert_from(lo_get(content_id), 'UTF8') END
                FROM account.agreement WHERE agreement = CAST(?1 AS agreement_enum) AND effective @> (now() AT TIME ZONE 'UTC')::date""")
                .setParameter(1, DbLabel.toLabel(type)).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new AgreementText((UUID) row[0], type, (String) row[1], (String) row[2]);
        });
    }
}

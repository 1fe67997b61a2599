package org.selene.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.selene.domain.account.AgreementService;
import org.selene.domain.account.AgreementType;

/** The current Terms of Use or Privacy Policy, which signing up accepts. */
@Named("agreement")
@RequestScoped
public class AgreementPage {

    @EJB
    AgreementService agreements;

    private String type;
    private AgreementService.AgreementText text;

    public void load() {
        AgreementType kind = "privacy-policy".equals(type) ? AgreementType.PRIVACY_POLICY
                : "terms-of-use".equals(type) ? AgreementType.TERMS_OF_USE : null;
        if (kind == null) {
            Pages.notFound();
            return;
        }
        text = agreements.current(kind);
    }

    public String getTitle() {
        return text == null ? "Agreement" : text.type().label();
    }

    public String getContent() {
        return text == null || text.content() == null ? "" : text.content();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
}

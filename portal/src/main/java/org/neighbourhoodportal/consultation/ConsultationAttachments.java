package org.neighbourhoodportal.consultation;

import java.util.Optional;
import org.neighbourhoodportal.attachments.AttachmentAccess;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.ConsultationRepository;
import org.neighbourhoodportal.consultation.domain.ResponseRepository;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Documents on a consultation (the strategy, the evidence pack, an organisation's written response): read by whoever
 * may read the consultation; added by those who may change its set-up, and by an invited organisation's or PPG's
 * representatives while it is open.
 */
@Component
public class ConsultationAttachments implements AttachmentAccess {

    public static final String RECORD_TYPE = "consultation";

    private final ConsultationRepository consultations;
    private final ResponseRepository responses;
    private final ConsultationPolicy policy;
    private final CurrentUser currentUser;

    ConsultationAttachments(ConsultationRepository consultations, ResponseRepository responses,
                            ConsultationPolicy policy, CurrentUser currentUser) {
        this.consultations = consultations;
        this.responses = responses;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Permission permission(long recordId) {
        Optional<AccessProfile> me = currentUser.find();
        Optional<Consultation> found = me.isEmpty() ? Optional.empty() : consultations.findById(recordId);
        if (found.isEmpty()) {
            return Permission.NONE;
        }
        Consultation c = found.get();
        var invited = responses.findByConsultationIdOrderByPartyNameAscIdAsc(recordId);
        if (!policy.mayRead(me.get(), c, invited)) {
            return Permission.NONE;
        }
        boolean adds = policy.mayEdit(me.get(), c) || (c.getStatus() == ConsultationStatus.OPEN
                && !policy.mine(me.get(), c, invited).isEmpty());
        return adds ? Permission.ADD : Permission.READ;
    }
}

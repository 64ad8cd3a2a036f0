package org.neighbourhoodportal.consultation;

import java.util.Collection;
import java.util.List;
import org.neighbourhoodportal.consultation.domain.Consultation;
import org.neighbourhoodportal.consultation.domain.Response;
import org.neighbourhoodportal.directory.AccessProfile;
import org.neighbourhoodportal.rounds.PartyType;
import org.neighbourhoodportal.security.CurrentUser;
import org.neighbourhoodportal.security.NotAllowedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may do what to a consultation:
 * <ul>
 *   <li>set one up: the INT's leads, and the representatives of a member organisation consulting through the INT;
 *       change it while it is being set up: its author and the leads;</li>
 *   <li>approve and launch: the INT's leads (the Gunning principles and the Cabinet Office's make the INT answerable);</li>
 *   <li>read it: the INT's people, its ICB's managers, and the representatives of each PPG invited;</li>
 *   <li>respond: the representatives of each organisation or PPG invited, for their own organisation or PPG;</li>
 *   <li>see every answer and who has not answered (the results): the leads, the consulting organisation's
 *       representatives and the ICB's managers. Everyone else sees their own answers and, once published, the
 *       outcome;</li>
 *   <li>code the responses into themes and publish: the leads.</li>
 * </ul>
 */
@Component
public class ConsultationPolicy {

    public static final String NOT_FOUND = "That consultation does not exist, or you do not have access to it.";

    private final CurrentUser currentUser;

    ConsultationPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in person. @throws NotAllowedException when nobody is */
    public AccessProfile me() {
        return currentUser.require();
    }

    /** @throws NotAllowedException unless the process engine is the caller */
    public void requireEngine() {
        currentUser.requireEngine();
    }

    /** Leads the team, or represents a member organisation in it. */
    public boolean mayConsultFor(AccessProfile me, long teamId) {
        return me.leads(teamId) || (me.memberTeams().contains(teamId) && me.organisationId() != null);
    }

    public void requireMayConsultFor(AccessProfile me, long teamId) {
        if (!mayConsultFor(me, teamId)) {
            throw new NotAllowedException("Only the INT's leads and its member organisations can set up a "
                    + "consultation for it.");
        }
    }

    public boolean mayRead(AccessProfile me, Consultation c, Collection<Response> invited) {
        return me.teamsInView().contains(c.getTeamId()) || !mine(me, c, invited).isEmpty();
    }

    public void requireRead(AccessProfile me, Consultation c, Collection<Response> invited) {
        if (!mayRead(me, c, invited)) {
            throw new NotAllowedException(NOT_FOUND);
        }
    }

    public boolean isLead(AccessProfile me, Consultation c) {
        return me.leads(c.getTeamId());
    }

    public void requireLead(AccessProfile me, Consultation c, Collection<Response> invited) {
        requireRead(me, c, invited);
        if (!isLead(me, c)) {
            throw new NotAllowedException("Only the INT's leads can do this.");
        }
    }

    public boolean mayEdit(AccessProfile me, Consultation c) {
        return c.getStatus() == ConsultationStatus.DRAFT && (isLead(me, c)
                || (c.getCreatedBy() == me.personId() && mayConsultFor(me, c.getTeamId())));
    }

    public void requireEdit(AccessProfile me, Consultation c, Collection<Response> invited) {
        requireRead(me, c, invited);
        if (!mayEdit(me, c)) {
            throw new NotAllowedException(c.getStatus() == ConsultationStatus.DRAFT
                    ? "Only the person who set this consultation up and the INT's leads can change it."
                    : "This consultation has been launched, so it can no longer be changed.");
        }
    }

    /** Sees every response and who has not answered. */
    public boolean maySeeResults(AccessProfile me, Consultation c) {
        return isLead(me, c) || me.managesIcbOf(c.getTeamId())
                || (c.getConsultingOrgId() != null && c.getConsultingOrgId().equals(me.organisationId())
                && me.memberTeams().contains(c.getTeamId()));
    }

    public void requireResults(AccessProfile me, Consultation c, Collection<Response> invited) {
        requireRead(me, c, invited);
        if (!maySeeResults(me, c)) {
            throw new NotAllowedException("Only the INT's leads, the consulting organisation and the ICB's managers "
                    + "see every response. You can see your own response and the published outcome.");
        }
    }

    /** The responses the caller may draft and send: those of the organisation or PPGs they represent. */
    public List<Response> mine(AccessProfile me, Consultation c, Collection<Response> invited) {
        return invited.stream().filter(r -> represents(me, c, r)).toList();
    }

    public boolean represents(AccessProfile me, Consultation c, Response r) {
        return switch (r.getPartyType()) {
            case ORGANISATION -> me.organisationId() != null && me.organisationId() == r.getPartyId()
                    && me.memberTeams().contains(c.getTeamId());
            case PPG -> me.representsPpg(r.getPartyId());
            case PERSON -> false; // a consultation asks organisations and PPGs, never one person
        };
    }

    public void requireRepresents(AccessProfile me, Consultation c, Collection<Response> invited, Response r) {
        requireRead(me, c, invited);
        if (!represents(me, c, r)) {
            throw new NotAllowedException("You can only answer for your own organisation or PPG.");
        }
    }

    static boolean isPpg(Response r) {
        return r.getPartyType() == PartyType.PPG;
    }
}

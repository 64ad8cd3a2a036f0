package org.neighbourhoodportal.directory;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.neighbourhoodportal.directory.domain.AuditRevision;
import org.neighbourhoodportal.directory.domain.DesignatedSignatory;
import org.neighbourhoodportal.directory.domain.Icb;
import org.neighbourhoodportal.directory.domain.Organisation;
import org.neighbourhoodportal.directory.domain.Person;
import org.neighbourhoodportal.directory.domain.Ppg;
import org.neighbourhoodportal.directory.domain.RoleAssignment;
import org.neighbourhoodportal.directory.domain.Team;
import org.neighbourhoodportal.directory.domain.TeamMembership;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's audit trail in plain English, read from the history Hibernate Envers keeps: who changed what, when,
 * and each field before and after. Newest first, a page of revisions at a time. Administrators only.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** One field of a record, before and after; empty text for "nothing". */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One record changed in one revision.
     *
     * @param who    the person who acted, or "The portal" when it acted on its own
     * @param action "Added", "Changed" or "Removed"
     * @param what   the kind of record and which one, e.g. "Person: Priya Shah"
     */
    public record Change(long revision, Instant at, String who, String action, String what,
                         List<FieldChange> fields) {
    }

    private static final List<Class<?>> AUDITED = List.of(Person.class, RoleAssignment.class, TeamMembership.class,
            DesignatedSignatory.class, Organisation.class, Team.class, Ppg.class, Icb.class);

    private final EntityManager entities;
    private final DirectoryAdministrationPolicy policy;

    AuditTrail(EntityManager entities, DirectoryAdministrationPolicy policy) {
        this.entities = entities;
        this.policy = policy;
    }

    /**
     * The changes of the newest revisions, newest first: {@code offset} revisions skipped, at most {@code limit}
     * revisions (each holds one or more changed records). A fixed number of statements whatever the page's length:
     * one for the revisions, then per kind of record one for the states after and one for the states before.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless an administrator is signed in
     */
    public List<Change> changes(int offset, int limit) {
        policy.requireAdministrator();
        List<AuditRevision> revisions = entities.createQuery(
                        "select r from AuditRevision r order by r.id desc", AuditRevision.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit)).getResultList();
        if (revisions.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditRevision> byNumber = new HashMap<>();
        revisions.forEach(r -> byNumber.put(r.getId(), r));
        AuditReader reader = AuditReaderFactory.get(entities);
        List<Change> changes = new ArrayList<>();
        for (Class<?> type : AUDITED) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.revisionNumber().in(byNumber.keySet())).getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            Map<Long, List<Object[]>> earlier = earlierStates(reader, type, rows);
            for (Object[] row : rows) {
                Object after = row[0];
                AuditRevision revision = (AuditRevision) row[1];
                RevisionType kind = (RevisionType) row[2];
                long id = idOf(after);
                Object before = kind == RevisionType.ADD ? null
                        : earlier.getOrDefault(id, List.of()).stream()
                        .filter(e -> ((AuditRevision) e[1]).getId() < revision.getId())
                        .max(Comparator.comparing(e -> ((AuditRevision) e[1]).getId()))
                        .map(e -> e[0]).orElse(null);
                Map<String, String> beforeFields = before == null ? Map.of() : describe(before);
                Map<String, String> afterFields = kind == RevisionType.DEL ? Map.of() : describe(after);
                List<FieldChange> fields = new ArrayList<>();
                Set<String> names = new java.util.LinkedHashSet<>(afterFields.keySet());
                names.addAll(beforeFields.keySet());
                for (String field : names) {
                    String b = beforeFields.getOrDefault(field, "");
                    String a = afterFields.getOrDefault(field, "");
                    if (!Objects.equals(a, b)) {
                        fields.add(new FieldChange(field, b, a));
                    }
                }
                if (kind == RevisionType.MOD && fields.isEmpty()) {
                    continue; // saved with nothing shown here changed (for instance only a password)
                }
                String action = switch (kind) {
                    case ADD -> "Added";
                    case MOD -> "Changed";
                    case DEL -> "Removed";
                };
                changes.add(new Change(revision.getId(), Instant.ofEpochMilli(revision.getRevisionAt()),
                        revision.getActorName() == null ? "The portal" : revision.getActorName(), action,
                        title(kind == RevisionType.DEL && before != null ? before : after), fields));
            }
        }
        changes.sort(Comparator.comparing(Change::revision).reversed());
        return named(changes);
    }

    /** How many revisions there are, for paging. Administrators only. */
    public long countRevisions() {
        policy.requireAdministrator();
        return entities.createQuery("select count(r) from AuditRevision r", Long.class).getSingleResult();
    }

    /** Every earlier state of the records changed or removed in these rows, in one statement. */
    private static Map<Long, List<Object[]>> earlierStates(AuditReader reader, Class<?> type, List<Object[]> rows) {
        Set<Long> ids = new HashSet<>();
        long newest = 0;
        for (Object[] row : rows) {
            if (row[2] != RevisionType.ADD) {
                ids.add(idOf(row[0]));
                newest = Math.max(newest, ((AuditRevision) row[1]).getId());
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> states = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().in(ids)).add(AuditEntity.revisionNumber().lt(newest))
                .add(AuditEntity.revisionType().ne(RevisionType.DEL)).getResultList();
        Map<Long, List<Object[]>> byId = new HashMap<>();
        states.forEach(s -> byId.computeIfAbsent(idOf(s[0]), k -> new ArrayList<>()).add(s));
        return byId;
    }

    /**
     * A record's fields in words, by their labels. Related records are written as {@link #token}s, named afterwards in
     * one statement per kind ({@link #named}), so the page's cost does not grow with its length.
     */
    private static Map<String, String> describe(Object record) {
        Map<String, String> f = new LinkedHashMap<>();
        if (record instanceof Person p) {
            f.put("Name", text(p.getDisplayName()));
            f.put("E-mail address", text(p.getEmail()));
            f.put("Job title", text(p.getJobTitle()));
            f.put("Organisation", token("organisation", idOf(p.getOrganisation())));
            f.put("Account", p.isEnabled() ? "in use" : "switched off");
        } else if (record instanceof RoleAssignment r) {
            f.put("Person", token("person", idOf(r.getPerson())));
            f.put("Role", r.getRole() == null ? "" : r.getRole().label());
            f.put("Where", r.getTeamId() != null ? token("team", r.getTeamId())
                    : r.getPpgId() != null ? token("ppg", r.getPpgId())
                    : r.getIcbId() != null ? token("icb", r.getIcbId()) : "everywhere");
        } else if (record instanceof TeamMembership m) {
            f.put("INT", token("team", idOf(m.getTeam())));
            f.put("Organisation", token("organisation", idOf(m.getOrganisation())));
        } else if (record instanceof DesignatedSignatory s) {
            f.put("INT", token("team", idOf(s.getTeam())));
            f.put("Organisation", token("organisation", idOf(s.getOrganisation())));
            f.put("Signatory", token("person", idOf(s.getPerson())));
        } else if (record instanceof Organisation o) {
            f.put("Name", text(o.getName()));
            f.put("Sector", o.getSector() == null ? "" : o.getSector().label());
            f.put("ODS code", text(o.getOdsCode()));
        } else if (record instanceof Team t) {
            f.put("Name", text(t.getName()));
            f.put("ICB", token("icb", idOf(t.getIcb())));
            f.put("Place", text(t.getPlace()));
            f.put("Description", text(t.getDescription()));
        } else if (record instanceof Ppg p) {
            f.put("Name", text(p.getName()));
            f.put("Practice", token("organisation", idOf(p.getPractice())));
            f.put("INT", token("team", idOf(p.getTeam())));
        } else if (record instanceof Icb i) {
            f.put("Name", text(i.getName()));
            f.put("Code", text(i.getCode()));
        }
        return f;
    }

    private static String title(Object record) {
        Map<String, String> f = describe(record);
        if (record instanceof Person) {
            return "Person: " + f.get("Name");
        } else if (record instanceof RoleAssignment) {
            return "Role: " + f.get("Role") + " for " + f.get("Person");
        } else if (record instanceof TeamMembership) {
            return "Membership: " + f.get("Organisation") + " in " + f.get("INT");
        } else if (record instanceof DesignatedSignatory) {
            return "Signatory: " + f.get("Organisation") + " in " + f.get("INT");
        } else if (record instanceof Organisation) {
            return "Organisation: " + f.get("Name");
        } else if (record instanceof Team) {
            return "INT: " + f.get("Name");
        } else if (record instanceof Ppg) {
            return "PPG: " + f.get("Name");
        }
        return "ICB: " + f.get("Name");
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\{\\{(\\w+):(\\d+)}}");

    /** A related record, named later; never loaded here (that would cost a statement per row). */
    private static String token(String kind, Long id) {
        return id == null ? "" : "{{" + kind + ":" + id + "}}";
    }

    /** The changes with every related record named: one statement per kind of record mentioned. */
    private List<Change> named(List<Change> changes) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (Change c : changes) {
            collect(c.what(), wanted);
            c.fields().forEach(f -> {
                collect(f.before(), wanted);
                collect(f.after(), wanted);
            });
        }
        Map<String, String> names = new HashMap<>();
        wanted.forEach((kind, ids) -> {
            String entity = switch (kind) {
                case "person" -> "Person p";
                case "organisation" -> "Organisation p";
                case "team" -> "Team p";
                case "ppg" -> "Ppg p";
                default -> "Icb p";
            };
            String nameField = kind.equals("person") ? "p.displayName" : "p.name";
            entities.createQuery("select p.id, " + nameField + " from " + entity + " where p.id in :ids",
                            Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> names.put(kind + ":" + r[0], (String) r[1]));
        });
        Function<String, String> fill = text -> TOKEN.matcher(text).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(names.getOrDefault(m.group(1) + ":" + m.group(2), switch (m.group(1)) {
                    case "person" -> "a person since removed";
                    case "organisation" -> "an organisation since removed";
                    case "team" -> "an INT since removed";
                    case "ppg" -> "a PPG since removed";
                    default -> "an ICB since removed";
                })));
        return changes.stream().map(c -> new Change(c.revision(), c.at(), c.who(), c.action(), fill.apply(c.what()),
                c.fields().stream().map(f -> new FieldChange(f.field(), fill.apply(f.before()), fill.apply(f.after())))
                        .toList())).toList();
    }

    private static void collect(String text, Map<String, Set<Long>> wanted) {
        java.util.regex.Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            wanted.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(Long.valueOf(m.group(2)));
        }
    }

    /** The id of a record or of a related one, without loading it. */
    private static Long idOf(Object related) {
        if (related == null) {
            return null;
        }
        if (related instanceof HibernateProxy proxy) {
            Object id = proxy.getHibernateLazyInitializer().getInternalIdentifier();
            return id == null ? null : ((Number) id).longValue();
        }
        if (related instanceof Person p) {
            return p.getId();
        } else if (related instanceof RoleAssignment r) {
            return r.getId();
        } else if (related instanceof TeamMembership m) {
            return m.getId();
        } else if (related instanceof DesignatedSignatory s) {
            return s.getId();
        } else if (related instanceof Organisation o) {
            return o.getId();
        } else if (related instanceof Team t) {
            return t.getId();
        } else if (related instanceof Ppg p) {
            return p.getId();
        } else if (related instanceof Icb i) {
            return i.getId();
        }
        throw new IllegalArgumentException("Not audited: " + related);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

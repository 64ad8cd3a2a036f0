package org.neighbourhoodportal.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.neighbourhoodportal.reporting.ReportStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HighlightReportRepository extends JpaRepository<HighlightReport, Long> {

    Optional<HighlightReport> findByTeamIdAndPeriod(long teamId, String period);

    List<HighlightReport> findByIdIn(Collection<Long> ids);

    /** Every report of the teams the caller leads, and the published reports of the other teams they read. */
    @Query("""
            select r from HighlightReport r
            where r.teamId in :ledTeams or (r.teamId in :readTeams and r.status = :published)
            order by r.period desc, r.title asc, r.id desc""")
    List<HighlightReport> findVisible(Collection<Long> ledTeams, Collection<Long> readTeams, ReportStatus published,
                                      Pageable page);

    @Query("""
            select count(r) from HighlightReport r
            where r.teamId in :ledTeams or (r.teamId in :readTeams and r.status = :published)""")
    long countVisible(Collection<Long> ledTeams, Collection<Long> readTeams, ReportStatus published);
}

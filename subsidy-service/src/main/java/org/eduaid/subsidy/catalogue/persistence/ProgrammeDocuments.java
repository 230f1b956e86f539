package org.eduaid.subsidy.catalogue.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;

/** A programme as a document of {@code aid_programmes}: enums by name, dates as ISO text, sets as sorted lists. */
final class ProgrammeDocuments {

    private ProgrammeDocuments() {
    }

    static Document toDocument(AidProgramme aid) {
        Programme p = aid.programme();
        return new Document("name", p.name())
                .append("kind", p.kind().name())
                .append("stages", names(p.stages()))
                .append("rules", p.rules().stream().map(ProgrammeDocuments::ruleDocument).toList())
                .append("standards", p.standards().stream().map(ProgrammeDocuments::standardDocument).toList())
                .append("shares", new Document("central", p.shares().centralPercent())
                        .append("provincial", p.shares().provincialPercent())
                        .append("county", p.shares().countyPercent()))
                .append("validFrom", text(p.validFrom()))
                .append("validTo", text(p.validTo()))
                .append("changedAt", Date.from(aid.changedAt()));
    }

    static AidProgramme fromDocument(Document d) {
        Document shares = d.get("shares", Document.class);
        Programme programme = new Programme(d.getString("_id"), d.getString("name"),
                ProgrammeKind.valueOf(d.getString("kind")), enums(d.getList("stages", String.class), Stage::valueOf),
                d.getList("rules", Document.class, List.of()).stream().map(ProgrammeDocuments::rule).toList(),
                d.getList("standards", Document.class, List.of()).stream().map(ProgrammeDocuments::standard).toList(),
                new FundingShares(shares.getInteger("central"), shares.getInteger("provincial"),
                        shares.getInteger("county")),
                date(d.getString("validFrom")), date(d.getString("validTo")));
        return new AidProgramme(programme, d.getDate("changedAt").toInstant());
    }

    private static Document ruleDocument(EligibilityRule r) {
        return new Document("code", r.code())
                .append("description", r.description())
                .append("anyOfFlags", names(r.anyOfFlags()))
                .append("allOfFlags", names(r.allOfFlags()))
                .append("maxDisabilityGrade", r.maxDisabilityGrade())
                .append("stages", names(r.stages()))
                .append("boarding", r.boarding())
                .append("schoolKinds", r.schoolKinds().stream().sorted().toList())
                .append("localities", names(r.localities()))
                .append("regionPrefixes", r.regionPrefixes().stream().sorted().toList());
    }

    private static EligibilityRule rule(Document d) {
        return new EligibilityRule(d.getString("code"), d.getString("description"),
                enums(d.getList("anyOfFlags", String.class), HouseholdFlag::valueOf),
                enums(d.getList("allOfFlags", String.class), HouseholdFlag::valueOf),
                d.getInteger("maxDisabilityGrade"),
                enums(d.getList("stages", String.class), Stage::valueOf),
                d.getBoolean("boarding"),
                Set.copyOf(d.getList("schoolKinds", String.class, List.of())),
                enums(d.getList("localities", String.class), Locality::valueOf),
                Set.copyOf(d.getList("regionPrefixes", String.class, List.of())));
    }

    private static Document standardDocument(AmountStandard s) {
        return new Document("stage", s.stage() == null ? null : s.stage().name())
                .append("locality", s.locality() == null ? null : s.locality().name())
                .append("regionPrefix", s.regionPrefix())
                .append("amountFen", s.amountFen())
                .append("unit", s.unit().name())
                .append("validFrom", text(s.validFrom()))
                .append("validTo", text(s.validTo()));
    }

    private static AmountStandard standard(Document d) {
        String stage = d.getString("stage");
        String locality = d.getString("locality");
        return new AmountStandard(stage == null ? null : Stage.valueOf(stage),
                locality == null ? null : Locality.valueOf(locality), d.getString("regionPrefix"),
                ((Number) d.get("amountFen")).longValue(), AmountUnit.valueOf(d.getString("unit")),
                date(d.getString("validFrom")), date(d.getString("validTo")));
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E> Set<E> enums(List<String> names, Function<String, E> parse) {
        return names == null ? Set.of() : names.stream().map(parse).collect(Collectors.toUnmodifiableSet());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}

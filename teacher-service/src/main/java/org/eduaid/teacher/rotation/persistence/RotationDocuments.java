package org.eduaid.teacher.rotation.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.teacher.rotation.domain.PlanFigures;
import org.eduaid.teacher.rotation.domain.PlanProposal;
import org.eduaid.teacher.rotation.domain.PlannedExchange;
import org.eduaid.teacher.rotation.domain.RotationPlan;
import org.eduaid.teacher.rotation.domain.RotationRules;
import org.eduaid.teacher.rotation.domain.TeacherExchange;

/** Rotation plans, exchanges and rules as documents. */
final class RotationDocuments {

    private RotationDocuments() {
    }

    static Document plan(RotationPlan plan) {
        PlanFigures f = plan.proposal().figures();
        return new Document("countyCode", plan.countyCode())
                .append("schoolYear", plan.schoolYear())
                .append("state", plan.state().name())
                .append("exchanges", plan.proposal().exchanges().stream().map(e -> new Document("teacherId", e.teacherId())
                        .append("principal", e.principal()).append("backbone", e.backbone())
                        .append("fromSchoolCode", e.fromSchoolCode()).append("fromRural", e.fromRural())
                        .append("toSchoolCode", e.toSchoolCode()).append("toRural", e.toRural())).toList())
                .append("figures", new Document("due", f.due()).append("required", f.required())
                        .append("backboneRequired", f.backboneRequired()).append("duePrincipals", f.duePrincipals())
                        .append("principalsRequired", f.principalsRequired()).append("rotating", f.rotating())
                        .append("backboneRotating", f.backboneRotating()).append("principalsRotating", f.principalsRotating())
                        .append("urbanToRural", f.urbanToRural()).append("ruralToUrban", f.ruralToUrban())
                        .append("withinRural", f.withinRural()).append("withinUrban", f.withinUrban()))
                .append("violations", plan.proposal().violations())
                .append("override", plan.override())
                .append("approvedAt", plan.approvedAt() == null ? null : Date.from(plan.approvedAt()));
    }

    static RotationPlan plan(Document document) {
        Document f = document.get("figures", Document.class);
        PlanFigures figures = new PlanFigures(f.getInteger("due"), f.getInteger("required"), f.getInteger("backboneRequired"),
                f.getInteger("duePrincipals"), f.getInteger("principalsRequired"), f.getInteger("rotating"),
                f.getInteger("backboneRotating"), f.getInteger("principalsRotating"), f.getInteger("urbanToRural"),
                f.getInteger("ruralToUrban"), f.getInteger("withinRural"), f.getInteger("withinUrban"));
        List<PlannedExchange> exchanges = document.getList("exchanges", Document.class).stream()
                .map(e -> new PlannedExchange(e.getString("teacherId"), e.getBoolean("principal"), e.getBoolean("backbone"),
                        e.getString("fromSchoolCode"), e.getBoolean("fromRural"), e.getString("toSchoolCode"),
                        e.getBoolean("toRural"))).toList();
        Date approvedAt = document.getDate("approvedAt");
        return new RotationPlan(document.getString("_id"), document.getString("countyCode"), document.getString("schoolYear"),
                RotationPlan.State.valueOf(document.getString("state")),
                new PlanProposal(exchanges, figures, document.getList("violations", String.class)),
                document.getString("override"), approvedAt == null ? null : approvedAt.toInstant());
    }

    static Document exchange(TeacherExchange exchange) {
        return new Document("planId", exchange.planId())
                .append("schoolYear", exchange.planId().substring(exchange.planId().indexOf('~') + 1))
                .append("teacherId", exchange.teacherId())
                .append("principal", exchange.principal())
                .append("backbone", exchange.backbone())
                .append("fromSchoolCode", exchange.fromSchoolCode())
                .append("fromRural", exchange.fromRural())
                .append("toSchoolCode", exchange.toSchoolCode())
                .append("toRural", exchange.toRural())
                .append("countyCode", exchange.countyCode())
                .append("direction", exchange.direction().name())
                .append("startsOn", exchange.startsOn().toString())
                .append("endsOn", exchange.endsOn().toString())
                .append("state", exchange.state().name());
    }

    static TeacherExchange exchange(Document document) {
        return new TeacherExchange(document.getString("_id"), document.getString("planId"), document.getString("teacherId"),
                document.getBoolean("principal"), document.getBoolean("backbone"), document.getString("fromSchoolCode"),
                document.getBoolean("fromRural"), document.getString("toSchoolCode"), document.getBoolean("toRural"),
                document.getString("countyCode"), LocalDate.parse(document.getString("startsOn")),
                LocalDate.parse(document.getString("endsOn")), TeacherExchange.State.valueOf(document.getString("state")));
    }

    static Document rules(RotationRules rules) {
        return new Document("_id", rules.provinceCode())
                .append("dueAfterYears", rules.dueAfterYears())
                .append("minimumSharePercent", rules.minimumSharePercent())
                .append("backboneSharePercent", rules.backboneSharePercent())
                .append("exchangeYears", rules.exchangeYears())
                .append("maxSharePerSchoolPercent", rules.maxSharePerSchoolPercent());
    }

    static RotationRules rules(Document document) {
        return new RotationRules(document.getString("_id"), document.getInteger("dueAfterYears"),
                document.getInteger("minimumSharePercent"), document.getInteger("backboneSharePercent"),
                document.getInteger("exchangeYears"), document.getInteger("maxSharePerSchoolPercent"));
    }
}

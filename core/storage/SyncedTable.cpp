#include "core/storage/SyncedTable.h"

#include "core/common/NaturalSort.h"

namespace lianxin {

QString householdSortKey(const QString &address, const QString &houseNumber)
{
    // A control character between the two keeps every house of an address together.
    return naturalSortKey(address.trimmed()) + QChar(0x1f) + naturalSortKey(houseNumber.trimmed());
}

} // namespace lianxin

namespace lianxin::tables {

const SyncedTable &regions()
{
    static const SyncedTable table{QStringLiteral("regions"),
                                   {QStringLiteral("parent_id"), QStringLiteral("code"), QStringLiteral("name"),
                                    QStringLiteral("kind"), QStringLiteral("sort_order")},
                                   false,
                                   {},
                                   {QStringLiteral("sort_order")}};
    return table;
}

const SyncedTable &members()
{
    static const SyncedTable table{QStringLiteral("members"),
                                   {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("roles"),
                                    QStringLiteral("notes"), QStringLiteral("employment")}};
    return table;
}

const SyncedTable &memberRegions()
{
    static const SyncedTable table{QStringLiteral("member_regions"),
                                   {QStringLiteral("member_id"), QStringLiteral("region_id")}};
    return table;
}

const SyncedTable &households()
{
    static const SyncedTable table{QStringLiteral("households"),
                                   {QStringLiteral("grid_id"), QStringLiteral("address"),
                                    QStringLiteral("house_number"), QStringLiteral("head_person_id"),
                                    QStringLiteral("tags"), QStringLiteral("notes"),
                                    QStringLiteral("roster_key")},
                                   false,
                                   [](const QVariantMap &row) {
                                       return QVariantMap{{QStringLiteral("sort_key"),
                                                           householdSortKey(row.value(QStringLiteral("address")).toString(),
                                                                            row.value(QStringLiteral("house_number")).toString())}};
                                   }};
    return table;
}

const SyncedTable &persons()
{
    static const SyncedTable table{
        QStringLiteral("persons"),
        {QStringLiteral("household_id"), QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("id_number"),
         QStringLiteral("birth_date"), QStringLiteral("ethnicity"), QStringLiteral("phone"),
         QStringLiteral("relation"), QStringLiteral("residence_status"), QStringLiteral("occupation"),
         QStringLiteral("tags"), QStringLiteral("notes")}};
    return table;
}

const SyncedTable &accounts()
{
    static const SyncedTable table{QStringLiteral("accounts"),
                                   {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"),
                                    QStringLiteral("scope"), QStringLiteral("verifier"), QStringLiteral("disabled"),
                                    QStringLiteral("department_id"), QStringLiteral("must_change_password")},
                                   false,
                                   {},
                                   {QStringLiteral("disabled"), QStringLiteral("must_change_password")}};
    return table;
}

const SyncedTable &auditLog()
{
    static const SyncedTable table{QStringLiteral("audit_log"),
                                   {QStringLiteral("account_id"), QStringLiteral("action"),
                                    QStringLiteral("table_name"), QStringLiteral("row_id"), QStringLiteral("field"),
                                    QStringLiteral("detail")},
                                   true};
    return table;
}

const SyncedTable &conflicts()
{
    static const SyncedTable table{
        QStringLiteral("conflicts"),
        {QStringLiteral("table_name"), QStringLiteral("row_id"), QStringLiteral("field"), QStringLiteral("kept_value"),
         QStringLiteral("kept_by"), QStringLiteral("kept_device"), QStringLiteral("kept_at"), QStringLiteral("lost_value"),
         QStringLiteral("lost_by"), QStringLiteral("lost_device"), QStringLiteral("lost_at"), QStringLiteral("resolution"),
         QStringLiteral("resolved_by")}};
    return table;
}

const SyncedTable &disputes()
{
    static const SyncedTable table{
        QStringLiteral("disputes"),
        {QStringLiteral("region_id"), QStringLiteral("committee_id"), QStringLiteral("case_number"),
         QStringLiteral("case_year"), QStringLiteral("case_seq"), QStringLiteral("title"), QStringLiteral("category"),
         QStringLiteral("source"), QStringLiteral("received_on"), QStringLiteral("facts"), QStringLiteral("claims"),
         QStringLiteral("amount"), QStringLiteral("people_count"), QStringLiteral("risk"),
         QStringLiteral("violence_risk"), QStringLiteral("level"), QStringLiteral("consultation"),
         QStringLiteral("mediator_ids"), QStringLiteral("legal_adviser_id"), QStringLiteral("deadline"),
         QStringLiteral("status"), QStringLiteral("agreement_form"), QStringLiteral("agreement_effective_on"),
         QStringLiteral("agreement_amount"), QStringLiteral("performance_deadline"),
         QStringLiteral("last_follow_up_on"), QStringLiteral("escalated_on"), QStringLiteral("closure_kind"),
         QStringLiteral("closed_on"), QStringLiteral("registered_by")},
        false,
        {},
        {QStringLiteral("case_year"), QStringLiteral("case_seq"), QStringLiteral("amount"), QStringLiteral("people_count"),
         QStringLiteral("violence_risk"), QStringLiteral("agreement_amount")}};
    return table;
}

const SyncedTable &disputeParties()
{
    static const SyncedTable table{QStringLiteral("dispute_parties"),
                                   {QStringLiteral("dispute_id"), QStringLiteral("role"), QStringLiteral("person_id"),
                                    QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("id_number"),
                                    QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("agent"),
                                    QStringLiteral("sort_order")},
                                   false,
                                   {},
                                   {QStringLiteral("sort_order")}};
    return table;
}

const SyncedTable &disputeSteps()
{
    static const SyncedTable table{QStringLiteral("dispute_steps"),
                                   {QStringLiteral("dispute_id"), QStringLiteral("kind"), QStringLiteral("occurred"),
                                    QStringLiteral("data")},
                                   true};
    return table;
}

const SyncedTable &attachments()
{
    static const SyncedTable table{QStringLiteral("attachments"),
                                   {QStringLiteral("dispute_id"), QStringLiteral("sha256"), QStringLiteral("file_name"),
                                    QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("caption")},
                                   true,
                                   {},
                                   {QStringLiteral("size")}};
    return table;
}

namespace {
// A table from plain names (the later tables are declared this way).
SyncedTable pointsTable(const char *name, std::initializer_list<const char *> fields, bool appendOnly,
                        std::initializer_list<const char *> integers)
{
    SyncedTable table{QLatin1String(name), {}, appendOnly};
    for (const char *field : fields)
        table.fields.append(QLatin1String(field));
    for (const char *field : integers)
        table.integerFields.append(QLatin1String(field));
    return table;
}
} // namespace

const SyncedTable &pointsSettings()
{
    static const SyncedTable table = pointsTable("points_settings", {"village_id", "period", "notice_days", "threshold"}, false,
                                                 {"notice_days", "threshold"});
    return table;
}

const SyncedTable &pointsIndicators()
{
    static const SyncedTable table =
        pointsTable("points_indicators",
                    {"village_id", "indicator_key", "version", "category", "code", "name", "description", "min_points",
                     "max_points", "evidence_required", "cap_per_period", "retired"},
                    true, {"version", "min_points", "max_points", "evidence_required", "cap_per_period", "retired"});
    return table;
}

const SyncedTable &pointsEntries()
{
    static const SyncedTable table =
        pointsTable("points_entries",
                    {"village_id", "household_id", "person_id", "indicator_id", "points", "deed_on", "evidence",
                     "proposed_by", "dispute_id", "reverses_id", "reason"},
                    true, {"points"});
    return table;
}

const SyncedTable &pointsMeetings()
{
    static const SyncedTable table = pointsTable("points_meetings", {"village_id", "held_on", "attendees", "minutes"}, false, {});
    return table;
}

const SyncedTable &pointsDecisions()
{
    static const SyncedTable table =
        pointsTable("points_decisions",
                    {"entry_id", "kind", "meeting_id", "votes_for", "votes_against", "approved", "note", "on_date"}, true,
                    {"votes_for", "votes_against", "approved"});
    return table;
}

const SyncedTable &pointsItems()
{
    static const SyncedTable table =
        pointsTable("points_items", {"village_id", "name", "unit", "price", "active"}, false, {"price", "active"});
    return table;
}

const SyncedTable &pointsStock()
{
    static const SyncedTable table =
        pointsTable("points_stock", {"item_id", "quantity", "reason", "on_date"}, true, {"quantity"});
    return table;
}

const SyncedTable &pointsRedemptions()
{
    static const SyncedTable table =
        pointsTable("points_redemptions",
                    {"village_id", "household_id", "item_id", "quantity", "points", "on_date", "receipt_no", "reverses_id",
                     "reason"},
                    true, {"quantity", "points"});
    return table;
}

const SyncedTable &pointsEvidence()
{
    static const SyncedTable table = pointsTable(
        "points_evidence", {"entry_id", "sha256", "file_name", "mime_type", "size", "caption"}, true, {"size"});
    return table;
}

const SyncedTable &visitSettings()
{
    static const SyncedTable table =
        pointsTable("visit_settings", {"township_id", "period", "key_tags", "key_days"}, false, {"key_days"});
    return table;
}

const SyncedTable &departments()
{
    static const SyncedTable table = pointsTable("departments", {"township_id", "name", "retired"}, false, {"retired"});
    return table;
}

const SyncedTable &serviceKinds()
{
    static const SyncedTable table = pointsTable(
        "service_kinds", {"township_id", "type", "code", "name", "department_id", "limit_kind", "limit_days", "retired"}, false,
        {"limit_days", "retired"});
    return table;
}

const SyncedTable &holidays()
{
    static const SyncedTable table = pointsTable("holidays", {"region_id", "on_date", "kind", "name"}, false, {});
    return table;
}

const SyncedTable &visits()
{
    static const SyncedTable table = pointsTable(
        "visits",
        {"household_id", "visited_on", "visited_at", "kind", "workers", "met", "situation", "latitude", "longitude"},
        false, {});
    return table;
}

const SyncedTable &visitPhotos()
{
    static const SyncedTable table = pointsTable(
        "visit_photos", {"visit_id", "sha256", "file_name", "mime_type", "size", "caption"}, true, {"size"});
    return table;
}

const SyncedTable &problems()
{
    static const SyncedTable table = pointsTable("problems",
                                                 {"visit_id", "household_id", "found_on", "category", "description",
                                                  "owner", "answer", "answered_on", "answer_note"},
                                                 false, {});
    return table;
}

const SyncedTable &serviceRequests()
{
    static const SyncedTable table =
        pointsTable("service_requests", {"region_id", "household_id", "problem_id",   "type",          "kind_id",
                                         "number",    "description",  "contact_name", "contact_phone", "address",
                                         "taken_on",  "due_on",       "state",        "department_id", "routed_to",
                                         "result",    "satisfaction", "reopened",     "closed_on",     "taken_by"},
                    false, {"reopened"});
    return table;
}

const SyncedTable &serviceSteps()
{
    static const SyncedTable table =
        pointsTable("service_steps", {"request_id", "action", "occurred", "data"}, true, {});
    return table;
}

const SyncedTable &consultations()
{
    static const SyncedTable table =
        pointsTable("consultations", {"region_id", "level", "held_on", "chair", "present", "minutes"}, false, {});
    return table;
}

const SyncedTable &consultationDecisions()
{
    static const SyncedTable table = pointsTable("consultation_decisions",
                                                 {"consultation_id", "matter_table", "matter_id", "matter_title",
                                                  "decision", "owner", "due_on", "done_on", "done_note"},
                                                 false, {});
    return table;
}

const QStringList &syncColumns()
{
    static const QStringList columns{QStringLiteral("created_at"),        QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by_device"), QStringLiteral("updated_by"),
                                     QStringLiteral("deleted"),           QStringLiteral("server_version")};
    return columns;
}

const QList<const SyncedTable *> &all()
{
    static const QList<const SyncedTable *> list{
        &regions(),         &members(),          &memberRegions(), &households(),
        &persons(),         &accounts(),         &auditLog(),      &conflicts(),
        &disputes(),        &disputeParties(),   &disputeSteps(),  &attachments(),
        &pointsSettings(),  &pointsIndicators(), &pointsEntries(), &pointsMeetings(),
        &pointsDecisions(), &pointsItems(),      &pointsStock(),   &pointsRedemptions(),
        &pointsEvidence(),  &visitSettings(),    &departments(),   &serviceKinds(),
        &holidays(),        &visits(),           &visitPhotos(),   &problems(),
        &serviceRequests(), &serviceSteps(),     &consultations(), &consultationDecisions()};
    return list;
}

const SyncedTable *byName(const QString &name)
{
    for (const SyncedTable *table : all()) {
        if (table->name == name)
            return table;
    }
    return nullptr;
}

bool isServerManaged(const QString &name)
{
    return name == QLatin1String("regions") || name == QLatin1String("accounts");
}

} // namespace lianxin::tables

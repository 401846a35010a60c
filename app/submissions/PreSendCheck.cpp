#include "PreSendCheck.h"

#include "DraftAttachments.h"
#include "app/forms/FormSchema.h"

#include <QFileInfo>
#include <QJsonArray>

namespace inlinea::submissions {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

void PreSendCheck::checkFile(const QJsonObject& slot, const AttachedFile& file,
                             const std::optional<portal::PortalLimits>& limits, bool rehash,
                             QList<PreSendProblem>& problems)
{
    PreSendProblem base;
    base.slot = file.slot;
    base.slotTitle = text(slot, "title");
    base.path = file.path;

    const QFileInfo info(file.path);
    if (!info.isFile() || !info.isReadable()) {
        PreSendProblem p = base;
        p.kind = PreSendProblem::Kind::FileUnreadable;
        p.detail = info.exists() ? QStringLiteral("not readable") : QStringLiteral("not found");
        problems.append(p);
        return;
    }
    if (info.size() != file.size) {
        PreSendProblem p = base;
        p.kind = PreSendProblem::Kind::FileChanged;
        problems.append(p);
        return;
    }
    if (rehash) {
        auto now = DraftAttachments::describe(file.slot, file.path);
        if (!now) {
            PreSendProblem p = base;
            p.kind = PreSendProblem::Kind::FileUnreadable;
            p.detail = now.error().detail;
            problems.append(p);
            return;
        }
        if (now.value().sha256 != file.sha256) {
            PreSendProblem p = base;
            p.kind = PreSendProblem::Kind::FileChanged;
            problems.append(p);
            return;
        }
    }
    const QJsonArray accepted = slot.value(QStringLiteral("accepted_types")).toArray();
    const bool typeAllowedBySlot = accepted.isEmpty() || accepted.contains(file.contentType);
    const bool typeAllowedByPortal = !limits || limits->allowedAttachmentTypes.isEmpty() ||
                                     limits->allowedAttachmentTypes.contains(file.contentType);
    if (!typeAllowedBySlot || !typeAllowedByPortal) {
        PreSendProblem p = base;
        p.kind = PreSendProblem::Kind::FileTypeNotAccepted;
        p.detail = file.contentType;
        problems.append(p);
    }
    qint64 maxBytes = slot.value(QStringLiteral("max_bytes")).toInteger();
    if (limits && limits->maxUploadBytes > 0 && (maxBytes <= 0 || limits->maxUploadBytes < maxBytes)) {
        maxBytes = limits->maxUploadBytes;
    }
    if (maxBytes > 0 && file.size > maxBytes) {
        PreSendProblem p = base;
        p.kind = PreSendProblem::Kind::FileTooLarge;
        p.limit = maxBytes;
        problems.append(p);
    }
}

bool PreSendCheck::isSlotRequired(const QJsonObject& slot, const QJsonObject& data)
{
    if (slot.value(QStringLiteral("required")).toBool()) {
        return true;
    }
    const QJsonObject when = slot.value(QStringLiteral("required_when")).toObject();
    if (when.isEmpty()) {
        return false;
    }
    // The same condition as a section's visible_when.
    return forms::FormSchema::isVisible(QJsonObject{{QStringLiteral("visible_when"), when}}, data);
}

bool PreSendCheck::hasBlocking(const QList<PreSendProblem>& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const PreSendProblem& p) { return p.blocking; });
}

QList<PreSendProblem> PreSendCheck::check(const procedimenti::FormDefinition& definition, const QJsonObject& data,
                                          qint64 anagraficaId, const QList<AttachedFile>& files,
                                          const std::optional<portal::PortalLimits>& limits, bool rehash)
{
    QList<PreSendProblem> problems;
    if (anagraficaId <= 0) {
        problems.append(PreSendProblem{PreSendProblem::Kind::AnagraficaNotOnPortal, {}, {}, {}, 0, {}, true});
    }
    for (const QJsonValue& value : definition.attachments) {
        const QJsonObject slot = value.toObject();
        const QString id = text(slot, "slot");
        QList<AttachedFile> inSlot;
        for (const AttachedFile& file : files) {
            if (file.slot == id) {
                inSlot.append(file);
            }
        }
        if (inSlot.isEmpty() && isSlotRequired(slot, data)) {
            problems.append(
                PreSendProblem{PreSendProblem::Kind::SlotMissing, id, text(slot, "title"), {}, 0, {}, true});
        }
        const int maxFiles = slot.value(QStringLiteral("max_files")).toInt();
        if (maxFiles > 0 && inSlot.size() > maxFiles) {
            problems.append(PreSendProblem{
                PreSendProblem::Kind::SlotTooManyFiles, id, text(slot, "title"), {}, maxFiles, {}, true});
        }
        for (const AttachedFile& file : inSlot) {
            checkFile(slot, file, limits, rehash, problems);
        }
    }
    if (limits && limits->maxAttachmentsPerPratica > 0 && files.size() > limits->maxAttachmentsPerPratica) {
        problems.append(
            PreSendProblem{PreSendProblem::Kind::TooManyFiles, {}, {}, {}, limits->maxAttachmentsPerPratica, {}, true});
    }
    if (definition.signatureRequired) {
        // Signing with the card comes with the signature feature; until then the portal files unsigned domande and
        // the user is told the signature is still owed.
        problems.append(PreSendProblem{PreSendProblem::Kind::SignatureMissing, {}, {}, {}, 0, {}, false});
    }
    return problems;
}

} // namespace inlinea::submissions

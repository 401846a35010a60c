#pragma once

#include "Submission.h"
#include "app/portal/PortalInfo.h"
#include "app/procedimenti/Procedimento.h"

#include <QList>

#include <optional>

namespace inlinea::submissions {

// Something the portal would refuse (or that would make the domanda incomplete) found before sending. The form's
// own field problems come from the form view; these are the rest: the anagrafica, the files, the signature.
struct PreSendProblem {
    enum class Kind {
        AnagraficaNotOnPortal, // created offline and not yet accepted by the portal
        SlotMissing,           // a required slot (or one required by an answer in the form) has no file
        SlotTooManyFiles,      // more files than the slot takes (limit)
        FileTooLarge,          // bigger than the slot's or the portal's limit (limit)
        FileTypeNotAccepted,   // a type the slot does not take (detail: the file's type)
        FileUnreadable,        // moved, deleted or not readable (detail: the system's reason)
        FileChanged,           // changed since it was attached (size or SHA-256 differ)
        TooManyFiles,          // more files than the portal takes for one pratica (limit)
        SignatureMissing,      // the procedimento asks for a signed domanda (warning: not blocking)
    };
    Kind kind = Kind::SlotMissing;
    QString slot;      // the slot concerned, if any
    QString slotTitle; // as the definition names it
    QString path;      // the file concerned, if any
    qint64 limit = 0;
    QString detail;
    bool blocking = true;
};

// Checks a draft's files against the procedimento's slots and the portal's limits, as the portal will.
class PreSendCheck {
public:
    // `limits` is empty when the portal's limits are not known (offline since start): only the slots' own limits
    // are checked then. `rehash` re-reads every file to compare its SHA-256 (slow for big files: only before
    // sending).
    [[nodiscard]] static QList<PreSendProblem> check(const procedimenti::FormDefinition& definition,
                                                     const QJsonObject& data, qint64 anagraficaId,
                                                     const QList<AttachedFile>& files,
                                                     const std::optional<portal::PortalLimits>& limits, bool rehash);

    // One file against its slot (types, size) and the portal's limits; appends what is wrong.
    static void checkFile(const QJsonObject& slot, const AttachedFile& file,
                          const std::optional<portal::PortalLimits>& limits, bool rehash,
                          QList<PreSendProblem>& problems);
    // Whether a slot must have a file for this data (required, or required_when the form's answer says so).
    [[nodiscard]] static bool isSlotRequired(const QJsonObject& slot, const QJsonObject& data);
    [[nodiscard]] static bool hasBlocking(const QList<PreSendProblem>& problems);
};

} // namespace inlinea::submissions

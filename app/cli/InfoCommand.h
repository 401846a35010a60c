#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace inlinea::cli {

// `inlinea-cli info`: asks a portal what it is and prints it, as text or JSON. Exit codes: 0 ok, 2 usage, 3 portal.
class InfoCommand : public QObject {
    Q_OBJECT
public:
    InfoCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    // Starts the request; quits the application with the exit code when done.
    void run(const QCommandLineParser& parser);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace inlinea::cli

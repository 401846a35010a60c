#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace inlinea::test {

// A TCP server on 127.0.0.1 that accepts connections and either never answers (to provoke time-outs) or answers
// every request with fixed bytes (to play a server that is not what the client expects).
class SilentServer : public QTcpServer {
public:
    explicit SilentServer(QByteArray reply = {})
        : m_reply(std::move(reply))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                m_sockets.append(socket);
                if (!m_reply.isEmpty()) {
                    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        socket->readAll();
                        socket->write(m_reply);
                        socket->disconnectFromHost();
                    });
                }
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

private:
    QByteArray m_reply;
    QList<QTcpSocket*> m_sockets;
};

} // namespace inlinea::test

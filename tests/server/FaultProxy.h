#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

// A TCP proxy on loopback between a client and the real server that misbehaves on purpose, like a rural
// link: per connection it may reset the connection part-way, cut the answer short, hold bytes back for a
// while, or deliver the request to the server twice (as a retry whose first answer was lost would).
// Decisions come from a seeded generator, so a failing run can be repeated. Runs on the test's thread;
// the client's waits (nested event loops) keep it going.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(quint16 serverPort, quint32 seed, double faultRate);
    quint16 port() const { return m_server.serverPort(); }
    void setFaultRate(double rate) { m_faultRate = rate; }
    int faultsInjected() const { return m_faults; }

private:
    enum class Fault { None, ResetRequest, ResetAnswer, TruncateAnswer, Delay, Duplicate };
    void accept();
    void relay(QTcpSocket *client, Fault fault);

    QTcpServer m_server;
    quint16 m_serverPort;
    QRandomGenerator m_random;
    double m_faultRate;
    int m_faults = 0;
};

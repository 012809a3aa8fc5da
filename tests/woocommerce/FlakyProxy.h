#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

// A TCP proxy on loopback in front of a test server that can cut chosen requests: the next N
// requests whose request line starts with a verb and contains a path part are cut, either before
// they reach the server (the client's connection is closed, the server never sees them) or after
// (the server handles them, their answer is lost). Everything else passes through untouched.
class FlakyProxy : public QObject
{
    Q_OBJECT
public:
    enum class Cut { BeforeServer, AfterServer };

    explicit FlakyProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    QString address() const; // http://127.0.0.1:<port>

    void cutNext(const QByteArray &verb, const QByteArray &pathPart, int count, Cut how);
    int cutsDone() const { return m_cutsDone; }
    // How many requests with this verb and path part came through (cut or not).
    int requestsMatching(const QByteArray &verb, const QByteArray &pathPart) const;

private:
    void accept();
    bool takeCut(const QByteArray &data);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_verb, m_pathPart;
    int m_cutsLeft = 0;
    int m_cutsDone = 0;
    QList<QByteArray> m_requestLines;
    Cut m_how = Cut::BeforeServer;
};

#pragma once

#include <QString>

// Where and how to reach the SMTP server. Passed in by value; the client reads no
// global settings.
struct SmtpConfig
{
    enum class Security {
        ImplicitTls, // TLS from the first byte (port 465); preferred
        StartTls, // plaintext greeting, STARTTLS required before anything else (port 587)
        Plain, // no TLS at all: only for an explicitly configured local relay
    };

    QString host;
    quint16 port = 465;
    Security security = Security::ImplicitTls;
    QString username;
    QString password;
    QString oauthToken; // XOAUTH2 bearer token; used instead of the password when set
    // "microsoft" | "google" when the desk signs in with OAuth (Settings): the dispatcher
    // then asks its OAuthTokenSource for oauthToken before each session. Empty: a password.
    QString oauthProvider;
    QString heloName; // empty: the local address as a literal, e.g. [127.0.0.1]
    QString caFile; // optional extra CA certificate(s), PEM
    int connectTimeoutMs = 30000; // TCP connect and TLS handshake
    // Without implicit TLS: the 220 greeting must come by then. An implicit-TLS port (465)
    // says nothing until it gets a TLS ClientHello, so silence means the wrong mode.
    int greetingTimeoutMs = 5000;
    int commandTimeoutMs = 60000; // each command's reply, including the one after DATA's "."
    int dataIdleTimeoutMs = 60000; // no progress writing the message body

    bool hasCredentials() const { return !username.isEmpty() || !oauthToken.isEmpty(); }
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/keychainstore.h"

#include <qt6keychain/keychain.h>

#include <QObject>

#include "backend/core/logging.h"
#include "backend/vault/secretstorefactory.h"

using namespace Qt::StringLiterals;

namespace OpsDeck::Vault {

namespace {

QVariantMap jobContext(const QString &service, const QString &key)
{
    return {{u"service"_s, service}, {u"key"_s, key}};
}

/// Maps a finished job to a Status; the job's error text comes from the
/// keychain backend and never contains the secret.
Status jobStatus(const QKeychain::Job *job)
{
    const QVariantMap context = jobContext(job->service(), job->key());
    const QString detail = u"keychain: "_s + job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound, u"no secret stored under this key"_s, context);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(ErrorCode::Auth, detail, context);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::Unsupported, detail, context);
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorCode::Io, detail, context);
    case QKeychain::OtherError:
        break;
    }
    return Error(ErrorCode::Unknown, detail, context);
}

/// Rejects an empty key without starting a job, still asynchronously.
template<typename R>
bool rejectEmptyKey(const QString &service, const QString &key, QObject *context, const std::function<void(R)> &done)
{
    if (!key.isEmpty())
        return false;
    const Error error(ErrorCode::InvalidInput, u"secret key name is empty"_s, jobContext(service, key));
    if (!done)
        return true;
    if (context) {
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
    } else {
        // Still never before returning: post through a throw-away object.
        auto *relay = new QObject;
        QMetaObject::invokeMethod(
            relay,
            [done, error, relay] {
                done(error);
                relay->deleteLater();
            },
            Qt::QueuedConnection);
    }
    return true;
}

void prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true); // deleted after finished() was emitted
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

KeychainStore::KeychainStore(const QString &workspaceId)
    : m_service(keychainServiceName(workspaceId))
{}

KeychainStore::~KeychainStore() = default;

void KeychainStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (rejectEmptyKey(m_service, key, context, done))
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done](QKeychain::Job *finished) {
        Status status = jobStatus(finished);
        if (!status) {
            qCDebug(lcVault).noquote() << "keychain read failed:" << status.error().toString();
            if (done)
                done(status.error());
            return;
        }
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (done)
            done(Secret::fromBytes(readJob->binaryData()));
    });
    job->start();
}

void KeychainStore::write(const QString &key, const Secret &value, QObject *context, StatusCallback done)
{
    if (rejectEmptyKey(m_service, key, context, done))
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, key);
    job->setBinaryData(value.revealBytes());
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done](QKeychain::Job *finished) {
        Status status = jobStatus(finished);
        if (!status)
            qCWarning(lcVault).noquote() << "keychain write failed:" << status.error().toString();
        if (done)
            done(std::move(status));
    });
    job->start();
}

void KeychainStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    if (rejectEmptyKey(m_service, key, context, done))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [done](QKeychain::Job *finished) {
        if (done)
            done(jobStatus(finished));
    });
    job->start();
}

} // namespace OpsDeck::Vault

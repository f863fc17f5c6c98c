#include "sessionpasswordstore.h"

void SessionPasswordStore::read(const QString& key, ReadDone done)
{
    done(m_passwords.value(key), QString());
}

void SessionPasswordStore::write(const QString& key, const QString& password, WriteDone done)
{
    if (password.isEmpty())
        m_passwords.remove(key);
    else
        m_passwords.insert(key, password);
    done(QString());
}

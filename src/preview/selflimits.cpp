#include "selflimits.h"

#include "previewprotocol.h"

#include <QStringBuilder>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstddef>

namespace {

bool limit(int resource, rlim_t value)
{
    const rlimit both { value, value };
    return ::setrlimit(resource, &both) == 0;
}

#if defined(__x86_64__)
constexpr quint32 kArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr quint32 kArch = AUDIT_ARCH_AARCH64;
#endif

// socket() (and io_uring, which can open sockets too) fails with EACCES: a renderer run
// without bubblewrap still reaches no network, no X server and no session bus. A system
// call from another ABI ends the process.
bool forbidSockets()
{
#if defined(__x86_64__) || defined(__aarch64__)
    sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, kArch, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
#if defined(__x86_64__)
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u /* __X32_SYSCALL_BIT */, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
#endif
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EACCES & SECCOMP_RET_DATA)),
    };
    const sock_fprog program { static_cast<unsigned short>(sizeof filter / sizeof filter[0]), filter };
    return ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0, 0) == 0;
#else
    return true; // no filter for this architecture: bubblewrap's network namespace remains
#endif
}

} // namespace

namespace SelfLimits {

Outcome apply()
{
    // Descriptors the desk may have leaked (its database file or server socket) are closed.
    ::syscall(SYS_close_range, 3u, ~0u, 0u);
    // Writing past RLIMIT_FSIZE fails with EFBIG instead of ending the process.
    std::signal(SIGXFSZ, SIG_IGN);
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return { false, "PR_SET_NO_NEW_PRIVS" };
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); // not attachable by another process of the user
    if (!limit(RLIMIT_CORE, 0))
        return { false, "RLIMIT_CORE" };
    if (!limit(RLIMIT_FSIZE, 0))
        return { false, "RLIMIT_FSIZE" };
    if (!limit(RLIMIT_NOFILE, PreviewProtocol::kOpenFiles))
        return { false, "RLIMIT_NOFILE" };
    // Soft limit first: SIGXCPU ends the process at kCpuSeconds, SIGKILL a second later.
    const rlimit cpu { PreviewProtocol::kCpuSeconds, PreviewProtocol::kCpuSeconds + 1 };
    if (::setrlimit(RLIMIT_CPU, &cpu) != 0)
        return { false, "RLIMIT_CPU" };
    if (!limit(RLIMIT_AS, PreviewProtocol::kAddressSpaceBytes))
        return { false, "RLIMIT_AS" };
    if (!forbidSockets())
        return { false, "seccomp" };
    return {};
}

QByteArray describe()
{
    const auto soft = [](int resource) {
        rlimit value {};
        if (::getrlimit(resource, &value) != 0)
            return QByteArray("?");
        return value.rlim_cur == RLIM_INFINITY ? QByteArray("unlimited") : QByteArray::number(quint64(value.rlim_cur));
    };
    return QByteArray("as=") + soft(RLIMIT_AS) + " cpu=" + soft(RLIMIT_CPU) + " fsize=" + soft(RLIMIT_FSIZE)
        + " nofile=" + soft(RLIMIT_NOFILE) + " core=" + soft(RLIMIT_CORE)
        + " nnp=" + QByteArray::number(::prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0))
        + " seccomp=" + QByteArray::number(::prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
}

} // namespace SelfLimits

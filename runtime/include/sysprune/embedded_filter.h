/* The contract between `sysprune compile --format c`, which generates a C
 * file defining these symbols from a policy, and the sysprune runtime, which
 * installs the filter they describe before main continues. */
#ifndef SYSPRUNE_EMBEDDED_FILTER_H
#define SYSPRUNE_EMBEDDED_FILTER_H

#include <linux/filter.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the filter does with a syscall outside the policy. */
enum sysprune_violation_action {
  SYSPRUNE_ACTION_KILL = 0,  /* kill the process (SECCOMP_RET_KILL_PROCESS) */
  SYSPRUNE_ACTION_ERRNO = 1, /* fail the call with an errno */
  SYSPRUNE_ACTION_TRAP = 2,  /* SIGSYS: print a report, then die */
  SYSPRUNE_ACTION_COMPLAIN = 3, /* let it run, and append it to a report */
};

/* The compiled seccomp-BPF program. */
extern const struct sock_filter sysprune_filter_code[];
/* Its number of instructions. */
extern const size_t sysprune_filter_length;
/* An enum sysprune_violation_action. */
extern const int sysprune_filter_action;
/* The policy file the filter was compiled from, for reports. */
extern const char sysprune_policy_path[];
/* Nonzero: when the filter cannot be installed, say so and run anyway
 * (`sysprune compile --on-install-failure continue`); zero, the default:
 * do not run unprotected. */
extern const int sysprune_continue_unprotected;
/* Where the complain action appends its report ("" for other actions). */
extern const char sysprune_report_path[];
/* The C library release the policy was derived for, as glibc's
 * gnu_get_libc_version() names it ("2.36"), or for a portable policy each
 * release, separated by spaces ("2.31 2.36 2.41 2.43"); "" when the policy
 * does not say. The program stops at start when it runs with another. */
extern const char sysprune_libc_release[];
/* That library as the user is told of it (soname, release, build, build-id). */
extern const char sysprune_libc_description[];
/* Syscall names indexed by number (NULL where unused), for reports. */
extern const char *const sysprune_syscall_names[];
/* The number of entries in sysprune_syscall_names. */
extern const size_t sysprune_syscall_names_count;

#ifdef __cplusplus
}
#endif

#endif /* SYSPRUNE_EMBEDDED_FILTER_H */

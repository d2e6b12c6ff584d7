#include "policy/core/SyscallTable.h"

#include <gtest/gtest.h>

#include <sys/syscall.h>

namespace sysprune::policy {
namespace {

TEST(SyscallTableTest, NativeNamesAndNumbersAgreeWithTheHeaders) {
  const SyscallTable &T = SyscallTable::native();
  EXPECT_EQ(T.number("getpid"), SYS_getpid);
  EXPECT_EQ(T.name(SYS_epoll_create1), "epoll_create1");
  EXPECT_FALSE(T.number("no_such_syscall"));
  EXPECT_FALSE(T.name(-1));
  EXPECT_FALSE(T.name(100000));
}

TEST(SyscallTableTest, NearestNamesForATypo) {
  auto Near = SyscallTable::native().nearest("inotfy_init1");
  ASSERT_FALSE(Near.empty());
  EXPECT_EQ(Near.front(), "inotify_init1");
  EXPECT_TRUE(SyscallTable::native().nearest("zzzzzzzzzzzzzzz").empty());
}

TEST(SyscallTableTest, ForeignArchitectures) {
  auto Arm = SyscallTable::forArchitecture("SCMP_ARCH_AARCH64");
  ASSERT_TRUE(Arm);
  EXPECT_TRUE(Arm->number("openat"));
  EXPECT_FALSE(Arm->number("open"));
  EXPECT_FALSE(SyscallTable::forArchitecture("SCMP_ARCH_VAX"));
  EXPECT_FALSE(SyscallTable::forArchitecture("x86_64"));
}

} // namespace
} // namespace sysprune::policy

// epoll-size ignores look-alikes in a namespace or a class, and calls in a
// system header.
// RUN: rm -rf %t && split-file %s %t
// RUN: sed -e "s|DIR|%/t|g" %t/cdb.json.template > %t/compile_commands.json
// RUN: %check_sysprune --check-prefix=CHECK -- check -p %t --checks=-*,epoll-size | count 0
// CHECK: 0 errors, 0 warnings

//--- cdb.json.template
[{"directory": "DIR", "command": "clang++ -isystem DIR/sys -c main.cpp", "file": "main.cpp"}]

//--- sys/poller.h
#include <sys/epoll.h>
inline int system_poll(int ep, epoll_event *events) { return epoll_wait(ep, events, 0, 0); }

//--- main.cpp
#include <sys/epoll.h>
#include <poller.h>

namespace ev {
int epoll_create(int) { return 3; }
int epoll_wait(int, epoll_event *, int, int) { return 0; }
} // namespace ev

struct Loop {
  int epoll_wait(int, epoll_event *, int, int) { return 0; }
};

int run() {
  epoll_event events[4];
  Loop loop;
  return ev::epoll_create(0) + ev::epoll_wait(3, events, 0, -1) +
         loop.epoll_wait(3, events, 0, -1) + system_poll(3, events);
}

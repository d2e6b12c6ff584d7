// Hand-written assembly can close a function's unwind entry before its last
// instructions: glibc's clone3 wrapper ends it before the syscall, so that
// nothing unwinds into the new thread. The stripped library's only bound on
// `start_thread` is that entry; code running on past it runs on to the next
// function, and its syscall (clone3) is the function's.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -shared -fPIC -Wl,-s -Wl,-z,noexecstack -o %t/libdemo.so %s
// RUN: %check_sysprune -- model %t/libdemo.so -o %t/model.json
// RUN: FileCheck %s --input-file=%t/model.json
// CHECK:      "demo_spawn": {
// CHECK-NEXT:  "syscalls": [
// CHECK-NEXT:   "clone3",
// CHECK-NEXT:   "exit"
// CHECK-NEXT:  ],

        .text
        .globl demo_spawn
        .type demo_spawn, @function
demo_spawn:
        .cfi_startproc
        call start_thread
        ret
        .cfi_endproc
        .size demo_spawn, .-demo_spawn

        .p2align 4
start_thread:
        .cfi_startproc
        movl $-22, %eax
        testq %rdi, %rdi
        je 2f
        movl $435, %eax
        .cfi_endproc
        syscall
        testq %rax, %rax
        jl 2f
        je 1f
        ret
1:
        .cfi_startproc
        .cfi_undefined rip
        movl $60, %eax
        syscall
        .cfi_endproc
2:
        .cfi_startproc
        negl %eax
        ret
        .cfi_endproc

import ConduitFuzz
import Testing

/// `packed` and `aligned(N)` lay structs out as clang does: sizes, field offsets, and fields read
/// and written at unaligned offsets in private, local and global memory, on every adapter and on
/// OpenCL directly from the same source (the CTS's `vec_align_packed_struct` tests ask the same).
@Suite struct StructLayoutAgreementTests {
    static let program = """
        typedef struct __attribute__((packed)) { char c; int x; short s; float4 v; } P;
        struct Q { char c; int x __attribute__((aligned(8))); short s; } __attribute__((aligned(32)));
        struct R { char a; struct { char b; long l; } __attribute__((packed)) in; int t __attribute__((packed)); };
        struct __attribute__((packed)) S { uchar tag; uint2 pair; struct Q q; };
        #define OFFSET(T, f) ((ulong)((__private uchar *)&((T *)0)->f - (__private uchar *)0))
        __kernel void k(__global ulong *out, __global const uint *in, __global uint *acc) {
            __local P lp[16];
            const uint i = get_global_id(0), l = get_local_id(0);
            P p;
            p.c = (char)in[i]; p.x = (int)in[(i + 1u) & 63u]; p.s = (short)(i * 3u);
            p.v = (float4)(1.0f, 2.0f, (float)(in[i] & 1023u), 4.0f);
            lp[l] = p;
            barrier(CLK_LOCAL_MEM_FENCE);
            P n = lp[(l + 1u) & 15u];
            struct R r;
            r.a = (char)l; r.in.b = (char)(l + 1u); r.in.l = (long)in[i] << 20; r.t = n.x ^ (int)r.in.l;
            struct S s = { (uchar)i, (uint2)(in[i], (uint)n.x), { (char)1, n.s, (short)r.t } };
            __private uchar *bytes = (__private uchar *)&s;
            ulong layout = sizeof(P) | sizeof(struct Q) << 8 | sizeof(struct R) << 16 | sizeof(struct S) << 24
                | OFFSET(P, v) << 32 | OFFSET(struct Q, s) << 40 | OFFSET(struct R, t) << 48 | OFFSET(struct S, q.x) << 56;
            out[i] = layout ^ (ulong)n.x * 0x9E3779B9UL ^ (ulong)(long)n.s ^ (ulong)(uint)(int)n.v.z << 7
                ^ (ulong)r.t << 3 ^ (ulong)bytes[1] << 11 ^ (ulong)bytes[5] << 17 ^ (ulong)s.q.x << 23 ^ (ulong)__alignof__(struct Q);
        }
        """

    @Test(.enabled(if: CompilerDiffTests.reference != nil, "needs an OpenCL device to compare against (PoCL: scripts/setup.sh installs it)"))
    func packedAndAlignedStructsMatchOpenCL() throws {
        try CompilerDiffTests.expectAgreement(Self.program)
    }
}

/// The helpers that keep generated programs free of undefined behaviour (after CLsmith's safe
/// math): signed `+ - *`, negation and left shifts that would overflow, and every division or
/// remainder by zero (or `MIN / -1`), return their first operand instead. Each comes in two
/// spellings, one that never assigns its parameters and one that does (with early returns),
/// because helpers are inlined and the two take different paths through the compiler.
enum SafeMath {
    static let intMin = "(-2147483647 - 1)", longMax = "9223372036854775807L", longMin = "(-9223372036854775807L - 1L)"

    static func prelude(assigningParameters: Bool) -> String {
        (assigningParameters ? assigning : pure) + unsignedDivision
    }

    private static let pure = """
        int sadd_int(int a, int b) { long r = (long)a + (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
        int ssub_int(int a, int b) { long r = (long)a - (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
        int smul_int(int a, int b) { long r = (long)a * (long)b; return (r > 2147483647L || r < -2147483648L) ? a : (int)r; }
        int sdiv_int(int a, int b) { return (b == 0 || (a == \(intMin) && b == -1)) ? a : a / b; }
        int smod_int(int a, int b) { return (b == 0 || (a == \(intMin) && b == -1)) ? a : a % b; }
        int sneg_int(int a) { return a == \(intMin) ? a : -a; }
        int sshl_int(int a, int b) { return (int)((uint)a << (b & 31)); }
        long sadd_long(long a, long b) { return ((b > 0 && a > \(longMax) - b) || (b < 0 && a < \(longMin) - b)) ? a : a + b; }
        long ssub_long(long a, long b) { return ((b < 0 && a > \(longMax) + b) || (b > 0 && a < \(longMin) + b)) ? a : a - b; }
        long smul_long(long a, long b) {
            if (a == 0 || b == 0) return 0L;
            if (a == -1L) return b == \(longMin) ? a : -b;
            if (b == -1L) return a == \(longMin) ? a : -a;
            long p = (long)((ulong)a * (ulong)b);
            return (p / b == a && p % b == 0L) ? p : a;
        }
        long sdiv_long(long a, long b) { return (b == 0L || (a == \(longMin) && b == -1L)) ? a : a / b; }
        long smod_long(long a, long b) { return (b == 0L || (a == \(longMin) && b == -1L)) ? a : a % b; }
        long sneg_long(long a) { return a == \(longMin) ? a : -a; }
        long sshl_long(long a, long b) { return (long)((ulong)a << (b & 63L)); }

        """

    private static let assigning = """
        int sadd_int(int a, int b) { long r = a; r += b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
        int ssub_int(int a, int b) { long r = a; r -= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
        int smul_int(int a, int b) { long r = a; r *= b; if (r > 2147483647L || r < -2147483648L) return a; a = (int)r; return a; }
        int sdiv_int(int a, int b) { if (b == 0) return a; if (b == -1) { b = 1; if (a != \(intMin)) a = -a; } return a / b; }
        int smod_int(int a, int b) { if (b == 0) return a; if (b == -1) { if (a != \(intMin)) a = 0; return a; } a %= b; return a; }
        int sneg_int(int a) { if (a != \(intMin)) a = -a; return a; }
        int sshl_int(int a, int b) { b &= 31; uint u = (uint)a; u <<= b; a = (int)u; return a; }
        long sadd_long(long a, long b) {
            if (b > 0 && a > \(longMax) - b) return a;
            if (b < 0 && a < \(longMin) - b) return a;
            a += b;
            return a;
        }
        long ssub_long(long a, long b) {
            if (b < 0 && a > \(longMax) + b) return a;
            if (b > 0 && a < \(longMin) + b) return a;
            a -= b;
            return a;
        }
        long smul_long(long a, long b) {
            if (a == 0 || b == 0) return 0L;
            if (b == -1L) { if (a != \(longMin)) a = -a; return a; }
            if (a == -1L) { if (b == \(longMin)) return a; b = -b; return b; }
            ulong p = (ulong)a;
            p *= (ulong)b;
            if ((long)p / b != a || (long)p % b != 0L) return a;
            a = (long)p;
            return a;
        }
        long sdiv_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != \(longMin)) a = -a; return a; } a /= b; return a; }
        long smod_long(long a, long b) { if (b == 0L) return a; if (b == -1L) { if (a != \(longMin)) a = 0L; return a; } a %= b; return a; }
        long sneg_long(long a) { if (a != \(longMin)) a = -a; return a; }
        long sshl_long(long a, long b) { b &= 63L; ulong u = (ulong)a; u <<= b; a = (long)u; return a; }

        """

    private static let unsignedDivision = """
        uint udiv_uint(uint a, uint b) { return b == 0u ? a : a / b; }
        uint umod_uint(uint a, uint b) { return b == 0u ? a : a % b; }
        ulong udiv_ulong(ulong a, ulong b) { return b == 0UL ? a : a / b; }
        ulong umod_ulong(ulong a, ulong b) { return b == 0UL ? a : a % b; }
        ulong mix(ulong h, ulong v) { return (h ^ v) * 0x100000001B3UL; }

        """
}

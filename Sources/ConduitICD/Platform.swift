import COpenCL
import Conduit

/// The one platform, `Conduit`. Its handle exists from the first `clIcdGetPlatformIDsKHR` and
/// answers its info queries from constants, so the loader's enumeration does no host work.
final class PlatformObject: ICDObject, @unchecked Sendable {
    static let shared = PlatformObject()
    static let version = "OpenCL 3.0 Conduit"
    static let extensions = ["cl_khr_icd"]

    private init() { super.init(kind: .platform) }

    func info(_ parameter: UInt32) -> InfoValue? {
        switch Int32(parameter) {
        case CL_PLATFORM_PROFILE: InfoValue("FULL_PROFILE")
        case CL_PLATFORM_VERSION: InfoValue(Self.version)
        case CL_PLATFORM_NUMERIC_VERSION: InfoValue(InfoValue.version(3, 0))
        case CL_PLATFORM_NAME: InfoValue("Conduit")
        case CL_PLATFORM_VENDOR: InfoValue("Conduit")
        case CL_PLATFORM_EXTENSIONS: InfoValue(Self.extensions.joined(separator: " "))
        case CL_PLATFORM_EXTENSIONS_WITH_VERSION: .nameVersions(Self.extensions.map { ($0, InfoValue.version(1, 0)) })
        case CL_PLATFORM_ICD_SUFFIX_KHR: InfoValue("conduit")
        case CL_PLATFORM_HOST_TIMER_RESOLUTION: InfoValue(cl_ulong(0))
        default: nil
        }
    }
}

@_cdecl("conduit_icd_platform")
func icdPlatform() -> OpaquePointer { PlatformObject.shared.opaque }

@_cdecl("conduit_clGetPlatformInfo")
func icdGetPlatformInfo(
    _ platform: cl_platform_id?, _ name: cl_platform_info, _ size: Int, _ value: UnsafeMutableRawPointer?,
    _ sizeReturned: UnsafeMutablePointer<Int>?
) -> cl_int {
    status { () throws(CLError) in
        let platform = try PlatformObject.from(platform, or: CL_INVALID_PLATFORM)
        try info(name, size, value, sizeReturned) { platform.info($0) }
    }
}

@_cdecl("conduit_clUnloadCompiler")
func icdUnloadCompiler() -> cl_int { CL_SUCCESS }

@_cdecl("conduit_clUnloadPlatformCompiler")
func icdUnloadPlatformCompiler(_ platform: cl_platform_id?) -> cl_int {
    status { () throws(CLError) in _ = try PlatformObject.from(platform, or: CL_INVALID_PLATFORM) }
}

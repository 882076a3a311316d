namespace HepSense.Grains;

/// <summary>Why a grain refused a request; the API maps each kind to its gRPC status.</summary>
public enum RejectionKind
{
    Invalid,
    NotFound,
    AlreadyExists,
    FailedPrecondition,
}

/// <summary>
/// A request a grain refused, with a message for the caller. Thrown before any state changes, so nothing is
/// half-written. Serializable so it crosses grain calls as itself.
/// </summary>
[GenerateSerializer]
public sealed class Rejection : Exception
{
    public Rejection(RejectionKind kind, string message) : base(message) => Kind = kind;

    [Id(0)] public RejectionKind Kind { get; private set; }

    public static Rejection Invalid(string message) => new(RejectionKind.Invalid, message);
    public static Rejection NotFound(string message) => new(RejectionKind.NotFound, message);
    public static Rejection AlreadyExists(string message) => new(RejectionKind.AlreadyExists, message);
    public static Rejection FailedPrecondition(string message) => new(RejectionKind.FailedPrecondition, message);
}

using Grpc.Core;
using Grpc.Core.Interceptors;
using HepSense.Grains;

namespace HepSense.Api.Services;

/// <summary>Turns a grain's <see cref="Rejection"/> (and a rule's <see cref="ArgumentException"/>) into the gRPC status it stands for.</summary>
public sealed class RejectionInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try { return await continuation(request, context); }
        catch (Exception e) when (Map(e) is { } status) { throw new RpcException(status); }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try { await continuation(request, responseStream, context); }
        catch (Exception e) when (Map(e) is { } status) { throw new RpcException(status); }
    }

    private static Status? Map(Exception e) => e switch
    {
        Rejection r => new Status(r.Kind switch
        {
            RejectionKind.NotFound => StatusCode.NotFound,
            RejectionKind.AlreadyExists => StatusCode.AlreadyExists,
            RejectionKind.FailedPrecondition => StatusCode.FailedPrecondition,
            _ => StatusCode.InvalidArgument,
        }, r.Message),
        ArgumentException a => new Status(StatusCode.InvalidArgument, a.Message),
        _ => null,
    };
}

using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace CareerPlanner.TestSupport;

/// <summary>Every log event of one test host, rendered in full (message, properties and exception) for searching.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> events = new();
    private readonly JsonFormatter formatter = new(renderMessage: true);

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        formatter.Format(logEvent, writer);
        events.Enqueue(writer.ToString());
    }

    public IReadOnlyList<string> Events => [.. events];

    public string All => string.Join(Environment.NewLine, events);
}

using System.Collections.Concurrent;

namespace Portal.Infrastructure.Notifications;

/// <summary>
/// Tells the open sessions of a user that their notifications changed, so the bell's count updates
/// without a reload. In-process only: with several web nodes a session on another node catches up
/// at its next navigation (a SignalR backplane would carry these events too).
/// </summary>
public sealed class NotificationHub
{
    private readonly ConcurrentDictionary<string, ImmutableSubscribers> _subscribers = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string userId, Func<Task> onChanged)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(onChanged);
        _subscribers.AddOrUpdate(userId, _ => new([onChanged]), (_, list) => new([.. list.Handlers, onChanged]));
        return new Subscription(this, userId, onChanged);
    }

    public void Publish(string userId)
    {
        if (!_subscribers.TryGetValue(userId, out var list))
        {
            return;
        }

        foreach (var handler in list.Handlers)
        {
            // A session that is gone or slow must not hold up the sender.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler();
                }
                catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or TaskCanceledException)
                {
                    // The component's circuit closed between the event and its re-render.
                }
            });
        }
    }

    private void Unsubscribe(string userId, Func<Task> handler)
    {
        while (_subscribers.TryGetValue(userId, out var list))
        {
            var rest = list.Handlers.Where(h => h != handler).ToArray();
            if (rest.Length == 0 ? _subscribers.TryRemove(new(userId, list)) : _subscribers.TryUpdate(userId, new(rest), list))
            {
                return;
            }
        }
    }

    private sealed record ImmutableSubscribers(Func<Task>[] Handlers);

    private sealed class Subscription(NotificationHub hub, string userId, Func<Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Unsubscribe(userId, handler);
            }
        }
    }
}

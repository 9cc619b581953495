using System.Net;
using System.Net.Sockets;

namespace NewsFigures.Jupyter;

/// <summary>Ports free right now on an address, all different: each is held open until all are picked, then released for
/// the kernel to bind (as jupyter_client does, with the same small race).</summary>
internal static class FreePorts
{
    public static int[] Pick(IPAddress address, int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(address, 0);
                listener.Start();
                listeners.Add(listener);
            }
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners) listener.Stop();
        }
    }
}

namespace NewsFigures;

/// <summary>
/// Which originals hold each sampled shingle: an open-addressing hash table from the hash's high 32 bits to a chain of
/// holders, in flat arrays (about 20 bytes per entry, against some 80 for a dictionary of lists). Two hashes sharing
/// their high 32 bits are taken for one; at the sizes indexed that adds a stray shared shingle a few times in a thousand
/// comparisons, far below what links two pieces.
/// </summary>
internal sealed class ShingleTable
{
    private uint[] _keys = new uint[1024];      // 0: empty slot
    private int[] _heads = new int[1024];       // first entry of the slot's chain
    private byte[] _holders = new byte[1024];   // chain length, up to the cap
    private int _used;

    private int[] _entryHolder = new int[1024];
    private int[] _entryNext = new int[1024];
    private int _entries;

    /// <summary>Records that the original <paramref name="holder"/> samples this hash, unless <paramref name="cap"/> holders already do.</summary>
    public void Add(ulong hash, int holder, int cap)
    {
        if ((_used + 1) * 4 > _keys.Length * 3) Grow();
        uint key = Key(hash);
        int slot = Find(_keys, key);
        if (_keys[slot] == 0)
        {
            _keys[slot] = key;
            _heads[slot] = -1;
            _used++;
        }
        if (_holders[slot] >= cap) return;
        if (_entries == _entryHolder.Length)
        {
            Array.Resize(ref _entryHolder, _entries * 2);
            Array.Resize(ref _entryNext, _entries * 2);
        }
        _entryHolder[_entries] = holder;
        _entryNext[_entries] = _heads[slot];
        _heads[slot] = _entries++;
        _holders[slot]++;
    }

    /// <summary>The originals holding this hash, latest first; none when it is unknown or common (held by the cap or more).</summary>
    public Chain Holders(ulong hash, int cap)
    {
        int slot = Find(_keys, Key(hash));
        return new Chain(this, _keys[slot] == 0 || _holders[slot] >= cap ? -1 : _heads[slot]);
    }

    /// <summary>A chain of holders walked without allocating (<c>foreach</c> over it).</summary>
    public struct Chain(ShingleTable table, int head)
    {
        private int _next = head;

        public int Current { get; private set; }

        public readonly Chain GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0) return false;
            Current = table._entryHolder[_next];
            _next = table._entryNext[_next];
            return true;
        }
    }

    private static uint Key(ulong hash) => (uint)(hash >> 32) is var key and not 0 ? key : 1;

    private static int Find(uint[] keys, uint key)
    {
        int mask = keys.Length - 1;
        int slot = (int)key & mask; // keys are high bits of a mixed hash: already uniform
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var (keys, heads, holders) = (_keys, _heads, _holders);
        _keys = new uint[keys.Length * 2];
        _heads = new int[keys.Length * 2];
        _holders = new byte[keys.Length * 2];
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) continue;
            int slot = Find(_keys, keys[i]);
            (_keys[slot], _heads[slot], _holders[slot]) = (keys[i], heads[i], holders[i]);
        }
    }
}

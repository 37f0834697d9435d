namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>
/// The walk's bookkeeping, one Tab stop at a time: the stops in the order they first had focus, and whether
/// the walk is over (focus wrapped, came back to the start, stayed put or went round in circles). The same
/// whether the stops arrive one press at a time or recorded in the page for a batch of presses.
/// </summary>
internal sealed class WalkProgress
{
    private readonly Dictionary<int, TabStop> _stops = [];
    private readonly List<int> _sequence = [];
    private int? _first;
    private int _last = -1;
    private int _repeats;

    public List<TabStop> Order { get; } = [];

    public WalkEnd End { get; private set; } = WalkEnd.Cap;

    /// <summary>Set when focus kept to a few elements without passing the end of the page.</summary>
    public List<int>? Cycle { get; private set; }

    /// <summary>The page went away mid-walk.</summary>
    public bool Failed { get; private set; }

    /// <summary>Presses whose stop has been seen.</summary>
    public int Presses { get; private set; }

    /// <summary>Takes the stop after one more press; true when the walk is over.</summary>
    public bool Add(WalkStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        Presses++;
        if (stop.Id < 0)
        {
            Failed = true;
            return true;
        }

        if (stop.Id == 0)
        {
            End = Order.Count == 0 ? WalkEnd.NoStops : WalkEnd.Wrapped;
            return true;
        }

        if (stop.IsNew && stop.Selector is not null)
        {
            var tabStop = stop.ToTabStop();
            _stops[stop.Id] = tabStop;
            Order.Add(tabStop);
        }

        if (_first is null)
        {
            _first = stop.Id;
        }
        else if (stop.Id == _first)
        {
            End = WalkEnd.ReturnedToStart;
            return true;
        }

        if (stop.Id == _last)
        {
            _repeats++;
            if (_repeats >= AllowedRepeats(_stops.GetValueOrDefault(stop.Id)?.Kind))
            {
                Cycle = [stop.Id];
                return true;
            }
        }
        else
        {
            _repeats = 0;
            if (!stop.IsNew)
            {
                // Back on an element seen before without passing the end of the page: focus is going round in circles.
                Cycle = _sequence.Skip(_sequence.LastIndexOf(stop.Id)).Distinct().ToList();
                return true;
            }
        }

        _sequence.Add(stop.Id);
        _last = stop.Id;
        return false;
    }

    /// <summary>
    /// How many presses in a row one element may keep focus: frames and media hold focus while Tab moves
    /// through their insides, and date-like inputs step through day, month and year.
    /// </summary>
    private static int AllowedRepeats(string? kind) => kind switch
    {
        "frame" => int.MaxValue,
        "media" => 20,
        "multi" => 6,
        _ => 2,
    };
}

/// <summary>One Tab stop as the page reports it (see WalkScript's measure).</summary>
internal sealed record WalkStop
{
    public int Id { get; init; }
    public bool IsNew { get; init; }
    public double X { get; init; }
    public double Y { get; init; }
    public double W { get; init; }
    public double H { get; init; }
    public IReadOnlyList<string>? Selector { get; init; }
    public string? Html { get; init; }
    public string? Tag { get; init; }
    public string? Role { get; init; }
    public string? Kind { get; init; }
    public string? Href { get; init; }
    public bool Fixed { get; init; }
    public bool InDialog { get; init; }
    public bool InMain { get; init; }
    public bool Visible { get; init; }
    public Coverage? Cover { get; init; }

    public TabStop ToTabStop() => new()
    {
        Id = Id,
        Selector = Selector ?? [],
        Html = Html ?? "",
        Tag = Tag ?? "",
        Role = Role ?? "",
        Kind = Kind ?? "control",
        Href = Href,
        Fixed = Fixed,
        InDialog = InDialog,
        InMain = InMain,
        Visible = Visible,
        X = X,
        Y = Y,
        W = W,
        H = H,
        Cover = Cover,
    };
}

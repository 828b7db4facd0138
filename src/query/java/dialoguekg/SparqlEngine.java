/* The SPARQL engine behind `dialoguekg query` and `dialoguekg load`: Apache
   Jena ARQ (and TDB2 for stores), from Debian's libapache-jena-java.

   This program is run by dialoguekg only (src/query/engine.c), never by
   users; its command line and its output are a private protocol:

     query [--store DIR] [--union] [--allow-service] [--timeout-ms N]
           [--query-base IRI] --query-file FILE [--stdin] [--data LANG FILE]...
           [--named FILE]...
     load  --store DIR [--graph IRI] [--replace] [--stdin] [--data LANG FILE]...
     dump  --store DIR
     size  --store DIR

   --stdin reads N-Triples (records mapped by dialoguekg) from standard input
   into the default graph (or the --graph of a load).  --data LANG FILE parses
   FILE as LANG ("turtle", "ntriples", "nquads", "rdfxml", "jsonld", "trig")
   into the default graph (quads into their named graphs).  --named FILE loads
   FILE as the named graph whose name is FILE's file: IRI.

   A query writes SELECT and ASK results as SPARQL 1.1 JSON, CONSTRUCT and
   DESCRIBE results as N-Triples, to standard output, and one line
   "dkg-form\tFORM" to standard error.  Every problem is one line on standard
   error, "dkg-error\tKIND\tFILE\tLINE\tCOL\tMESSAGE" (LINE and COL 0 when
   unknown; tabs and newlines of MESSAGE replaced by spaces), then exit 1.
   KIND is one of syntax, data, refused, timeout, memory, store, internal. */

package dialoguekg;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

public final class SparqlEngine
{
  /** A problem to report: its kind, place and message. */
  static final class Failure extends RuntimeException
  {
    private static final long serialVersionUID = 1L;
    final String kind;
    final String file;
    final long line;
    final long col;

    Failure(String kind, String file, long line, long col, String message)
    {
      super(message);
      this.kind = kind;
      this.file = file;
      this.line = line;
      this.col = col;
    }
  }

  /** An input: a language and a file ("-" for standard input). */
  static final class Input
  {
    final Lang lang;
    final String path;
    final Node graph;

    Input(Lang lang, String path, Node graph)
    {
      this.lang = lang;
      this.path = path;
      this.graph = graph;
    }
  }

  private String command;
  private String store;
  private String queryFile;
  private String queryBase;
  private String loadGraph;
  private boolean union;
  private boolean allowService;
  private boolean replace;
  private long timeoutMs = 60000;
  private final List<Input> inputs = new ArrayList<>();

  private static final PrintStream err =
    new PrintStream(System.err, true, StandardCharsets.UTF_8);

  public static void main(String[] args)
  {
    int status = 0;
    try {
      SparqlEngine engine = new SparqlEngine();
      engine.parseArgs(args);
      engine.run();
    } catch (Failure f) {
      report(f.kind, f.file, f.line, f.col, f.getMessage());
      status = 1;
    } catch (OutOfMemoryError e) {
      report("memory", "", 0, 0, "the query engine ran out of memory");
      status = 1;
    } catch (QueryCancelledException e) {
      report("timeout", "", 0, 0, "the query ran out of time");
      status = 1;
    } catch (RuntimeException e) {
      report("internal", "", 0, 0, String.valueOf(e.getMessage()));
      status = 1;
    }
    System.out.flush();
    if (System.out.checkError()) {
      report("internal", "", 0, 0, "cannot write the results");
      status = 1;
    }
    System.exit(status);
  }

  static void report(String kind, String file, long line, long col, String msg)
  {
    String clean = msg == null ? "" : msg.replaceAll("[\\t\\r\\n]+", " ");
    err.println("dkg-error\t" + kind + "\t" + file + "\t" + line + "\t" + col +
                "\t" + clean.trim());
  }

  private static Lang langOf(String name)
  {
    switch (name) {
      case "turtle":
        return Lang.TURTLE;
      case "ntriples":
        return Lang.NTRIPLES;
      case "nquads":
        return Lang.NQUADS;
      case "rdfxml":
        return Lang.RDFXML;
      case "jsonld":
        return Lang.JSONLD;
      case "trig":
        return Lang.TRIG;
      default:
        throw new Failure("internal", "", 0, 0, "unknown language " + name);
    }
  }

  private void parseArgs(String[] args)
  {
    if (args.length == 0) {
      throw new Failure("internal", "", 0, 0, "no command");
    }
    command = args[0];
    for (int i = 1; i < args.length; ++i) {
      String a = args[i];
      switch (a) {
        case "--store":
          store = args[++i];
          break;
        case "--query-file":
          queryFile = args[++i];
          break;
        case "--query-base":
          queryBase = args[++i];
          break;
        case "--query-base-dir":
          queryBase = IRILib.filenameToIRI(args[++i]) + "/";
          break;
        case "--graph":
          loadGraph = args[++i];
          break;
        case "--union":
          union = true;
          break;
        case "--allow-service":
          allowService = true;
          break;
        case "--replace":
          replace = true;
          break;
        case "--timeout-ms":
          timeoutMs = Long.parseLong(args[++i]);
          break;
        case "--stdin":
          inputs.add(new Input(Lang.NTRIPLES, "-", null));
          break;
        case "--data":
          inputs.add(new Input(langOf(args[i + 1]), args[i + 2], null));
          i += 2;
          break;
        case "--named": {
          String path = args[++i];
          Node name = NodeFactory.createURI(IRILib.filenameToIRI(path));
          inputs.add(new Input(null, path, name));
          break;
        }
        default:
          throw new Failure("internal", "", 0, 0, "unknown argument " + a);
      }
    }
  }

  private void run()
  {
    switch (command) {
      case "query":
        runQuery();
        break;
      case "load":
        runLoad();
        break;
      case "dump":
        runDump();
        break;
      case "size":
        runSize();
        break;
      default:
        throw new Failure("internal", "", 0, 0, "unknown command " + command);
    }
  }

  /* Loading */

  /** Parser errors become Failures with the file, line and column; warnings
      are reported and loading goes on. */
  private static ErrorHandler errorHandler(String name)
  {
    return new ErrorHandler() {
      @Override
      public void warning(String message, long line, long col)
      {
        err.println("dkg-warning\t" + name + "\t" + line + "\t" + col + "\t" +
                    message.replaceAll("[\\t\\r\\n]+", " "));
      }

      @Override
      public void error(String message, long line, long col)
      {
        throw new Failure("data", name, line, col, message);
      }

      @Override
      public void fatal(String message, long line, long col)
      {
        throw new Failure("data", name, line, col, message);
      }
    };
  }

  private static void parseInto(Input in, StreamRDF dest)
  {
    String name = in.path.equals("-") ? "<records>" : in.path;
    try {
      RDFParserBuilder b = RDFParser.create().errorHandler(errorHandler(name));
      if (in.path.equals("-")) {
        InputStream stdin = System.in;
        b.source(stdin).lang(in.lang).base("http://invalid/");
      } else {
        String iri = IRILib.filenameToIRI(in.path);
        b.source(in.path).base(iri);
        if (in.lang != null) {
          b.lang(in.lang);
        }
      }
      b.parse(dest);
    } catch (RiotParseException e) {
      throw new Failure("data", name, e.getLine(), e.getCol(),
                        e.getOriginalMessage());
    } catch (RiotException e) {
      throw new Failure("data", name, 0, 0, e.getMessage());
    } catch (org.apache.jena.atlas.RuntimeIOException e) {
      throw new Failure("data", name, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Adds every input to `dsg`: into `graph` when it is not null (a load
      with --graph), else into the default graph, quads into their graphs,
      named inputs into the graph of their name. */
  private void loadInputs(DatasetGraph dsg, Node graph)
  {
    for (Input in : inputs) {
      final Node target = in.graph != null ? in.graph : graph;
      final StreamRDF base = StreamRDFLib.dataset(dsg);
      StreamRDF dest = base;
      if (target != null) {
        /* Triples go into `target`; the quads of an N-Quads input keep
           their own graphs. */
        dest = new StreamRDFWrapper(base) {
          @Override
          public void triple(Triple t)
          {
            base.quad(new Quad(target, t));
          }
        };
      }
      parseInto(in, dest);
    }
  }

  /* Stores */

  private DatasetGraph openStore()
  {
    try {
      return TDB2Factory.connectDataset(store).asDatasetGraph();
    } catch (RuntimeException e) {
      throw new Failure("store", store, 0, 0,
                        "cannot open the store: " + e.getMessage());
    }
  }

  private void runLoad()
  {
    DatasetGraph dsg = openStore();
    Node graph = loadGraph == null ? null : NodeFactory.createURI(loadGraph);
    final long[] before = new long[1];
    try {
      Txn.executeWrite(dsg, () -> {
        before[0] = statements(dsg);
        if (replace) {
          if (graph == null) {
            dsg.clear();
          } else {
            dsg.removeGraph(graph);
          }
        }
        loadInputs(dsg, graph);
      });
    } catch (Failure f) {
      throw f;
    } catch (RuntimeException e) {
      throw new Failure("store", store, 0, 0,
                        "cannot write the store: " + e.getMessage());
    }
    Txn.executeRead(dsg, () -> System.out.println(
      before[0] + "\t" + statements(dsg) + "\t" + graphCount(dsg)));
  }

  /** Triples of the default graph plus quads of every named graph. */
  private static long statements(DatasetGraph dsg)
  {
    long n = dsg.getDefaultGraph().size();
    for (java.util.Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
      n += dsg.getGraph(it.next()).size();
    }
    return n;
  }

  private static long graphCount(DatasetGraph dsg)
  {
    long n = 0;
    for (java.util.Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
      it.next();
      ++n;
    }
    return n;
  }

  private void runSize()
  {
    DatasetGraph dsg = openStore();
    Txn.executeRead(dsg, () -> System.out.println(
      statements(dsg) + "\t" + graphCount(dsg)));
  }

  private void runDump()
  {
    DatasetGraph dsg = openStore();
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
    try {
      out.flush();
    } catch (java.io.IOException e) {
      throw new Failure("internal", "", 0, 0, "cannot write: " + e);
    }
  }

  /* Queries */

  private static final Pattern SERVICE_WORD =
    Pattern.compile("(?i)\\bSERVICE\\b");

  /** The line and column of the first SERVICE keyword of `text` (outside
      strings and comments is not checked: this only places the message). */
  private static long[] servicePlace(String text)
  {
    Matcher m = SERVICE_WORD.matcher(text);
    long line = 1, col = 1;
    if (m.find()) {
      for (int i = 0; i < m.start(); ++i) {
        if (text.charAt(i) == '\n') {
          ++line;
          col = 1;
        } else {
          ++col;
        }
      }
      return new long[] { line, col };
    }
    return new long[] { 0, 0 };
  }

  private void refuseService(Query query, String text)
  {
    final List<OpService> found = new ArrayList<>();
    Op op = Algebra.compile(query);
    OpWalker.walk(op, new OpVisitorBase() {
      @Override
      public void visit(OpService s)
      {
        found.add(s);
      }
    });
    if (!found.isEmpty()) {
      long[] at = servicePlace(text);
      Node target = found.get(0).getService();
      throw new Failure(
        "refused", queryFile, at[0], at[1],
        "SERVICE " + (target.isURI() ? "<" + target.getURI() + ">" : "?var") +
          " would send part of the query to another server: refused (add "
          + "--allow-service to allow it)");
    }
  }

  private static final Pattern AT_PLACE =
    Pattern.compile(" at line -?\\d+, column -?\\d+\\.?");

  /** Jena's parser message without its place (given apart) and with the
      expected tokens on one line: "Encountered "<EOF>". Was expecting one
      of: "values", "graph", ...". */
  static String tidyParseMessage(String msg)
  {
    if (msg == null) {
      return "syntax error";
    }
    String s = AT_PLACE.matcher(msg).replaceAll("");
    int expecting = s.indexOf("Was expecting");
    if (expecting < 0) {
      return s.replaceAll("\\s+", " ").trim();
    }
    String head = s.substring(0, expecting).replaceAll("\\s+", " ").trim();
    String[] lines = s.substring(expecting).split("\n");
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i < lines.length; ++i) {
      String t = lines[i].trim();
      if (t.endsWith("...")) {
        t = t.substring(0, t.length() - 3).trim();
      }
      if (!t.isEmpty() && tokens.size() < 12) {
        tokens.add(t);
      }
    }
    return head + " Expected one of: " + String.join(", ", tokens) +
      (lines.length > 13 ? ", ..." : "");
  }

  private Query parseQuery(String text)
  {
    try {
      String base =
        queryBase != null ? queryBase : IRILib.filenameToIRI(queryFile);
      return QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      throw new Failure("syntax", queryFile, e.getLine(), e.getColumn(),
                        tidyParseMessage(e.getMessage()));
    }
  }

  private void runQuery()
  {
    String text;
    try {
      text = new String(java.nio.file.Files.readAllBytes(
                          new File(queryFile).toPath()),
                        StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new Failure("internal", queryFile, 0, 0, "cannot read: " + e);
    }
    Query query = parseQuery(text);
    if (!allowService) {
      refuseService(query, text);
    }
    DatasetGraph dsg;
    if (store != null) {
      dsg = openStore();
    } else {
      dsg = DatasetGraphFactory.createTxnMem();
      DatasetGraph target = dsg;
      Txn.executeWrite(dsg, () -> loadInputs(target, null));
    }
    final DatasetGraph data = dsg;
    Txn.executeRead(data, () -> execute(query, data));
  }

  /** A dataset whose default graph is the union of every graph of `dsg`
      (its default graph and its named graphs), with the same named graphs:
      for data exported as N-Quads, where everything is in named graphs. */
  private static DatasetGraph unionView(DatasetGraph dsg)
  {
    DatasetGraph view = DatasetGraphFactory.create(
      new Union(dsg.getDefaultGraph(), dsg.getUnionGraph()));
    for (java.util.Iterator<Node> it = dsg.listGraphNodes(); it.hasNext();) {
      Node g = it.next();
      view.addGraph(g, dsg.getGraph(g));
    }
    return view;
  }

  private void execute(Query query, DatasetGraph dsg)
  {
    if (!union && dsg.getDefaultGraph().isEmpty() && dsg.listGraphNodes().hasNext() &&
        !query.hasDatasetDescription()) {
      err.println("dkg-warning\t\t0\t0\tthe default graph is empty and the "
                  + "data is in named graphs: use GRAPH ?g { ... } or --union");
    }
    Dataset ds = DatasetFactory.wrap(union ? unionView(dsg) : dsg);
    QueryExecution qe = QueryExecution.create()
                          .query(query)
                          .dataset(ds)
                          .timeout(timeoutMs > 0 ? timeoutMs : -1,
                                   TimeUnit.MILLISECONDS)
                          .set(ARQ.httpServiceAllowed, allowService)
                          .set(Service.httpServiceAllowed, allowService)
                          .set(ARQ.symLogExec, false)
                          .build();
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    try (QueryExecution q = qe) {
      if (query.isSelectType()) {
        err.println("dkg-form\tselect");
        ResultSetFormatter.outputAsJSON(out, q.execSelect());
      } else if (query.isAskType()) {
        err.println("dkg-form\task");
        ResultSetFormatter.outputAsJSON(out, q.execAsk());
      } else if (query.isConstructType()) {
        err.println("dkg-form\tconstruct");
        Model m = q.execConstruct();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
      } else if (query.isDescribeType()) {
        err.println("dkg-form\tdescribe");
        Model m = q.execDescribe();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
      } else {
        throw new Failure("refused", queryFile, 0, 0,
                          "only SELECT, ASK, CONSTRUCT and DESCRIBE queries");
      }
      out.flush();
    } catch (java.io.IOException e) {
      throw new Failure("internal", "", 0, 0, "cannot write the results");
    }
  }
}

package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CSVLoggerTest {
    static final List<Component> CALCULATOR = List.of(
            Component.of(ComponentType.NUMBER, "num1", ValueType.of(double.class)),
            Component.of(ComponentType.RADIO, "operation", ValueType.of(String.class)),
            Component.of(ComponentType.NUMBER, "num2", ValueType.of(double.class)),
            Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class)));

    @TempDir
    Path temp;

    @Test
    void writesTheGuidesFileAndCreatesNothingInSetup() throws Exception {
        Path dir = temp.resolve("a/b/flagged");
        CSVLogger logger = new CSVLogger();
        logger.setup(CALCULATOR, dir);
        assertFalse(Files.exists(dir));
        assertEquals(1, logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null));
        assertEquals(2, logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null));
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n6,subtract,1.5,4.5\n",
                Files.readString(dir.resolve("logs.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void continuesAnExistingFileAndMovesOnWhenTheHeaderChanged() throws Exception {
        CSVLogger first = new CSVLogger();
        first.setup(CALCULATOR, temp);
        first.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null);
        CSVLogger again = new CSVLogger();
        again.setup(CALCULATOR, temp);
        assertEquals(2, again.flag(Arrays.asList(1.0, "add", 1.0, 2.0), null, null), "counts rows already there");
        CSVLogger changed = new CSVLogger();
        changed.setup(withOptions(CALCULATOR, temp, "=bad", "fine"));
        assertEquals(1, changed.flag(Arrays.asList(1.0, "add", 1.0, 2.0), "=bad", null));
        assertEquals("num1,operation,num2,Output,flag_option\n1,add,1,2,'=bad\n",
                Files.readString(temp.resolve("logs_1.csv"), StandardCharsets.UTF_8));
        assertEquals(3, Files.readAllLines(temp.resolve("logs.csv")).size());
    }

    @Test
    void escapesFormulasButNotNumbers() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(CALCULATOR, temp);
        logger.flag(Arrays.asList(-5.0, "=SUM(A1:A2)", -1.5, -6.5), null, null);
        assertEquals("num1,operation,num2,Output\n-5,'=SUM(A1:A2),-1.5,-6.5\n",
                Files.readString(temp.resolve("logs.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnOptionWithoutTheColumnAndWrongArity() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(CALCULATOR, temp);
        assertThrows(IllegalArgumentException.class, () -> logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), "x", null));
        assertThrows(IllegalArgumentException.class, () -> logger.flag(Arrays.asList(5.0, "add"), null, null));
        assertFalse(Files.exists(temp.resolve("logs.csv")));
    }

    @Test
    void simpleCsvLoggerCountsRows() throws Exception {
        SimpleCSVLogger logger = new SimpleCSVLogger();
        logger.setup(CALCULATOR, temp.resolve("simple"));
        assertEquals(1, logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null));
        assertEquals(2, logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null));
        assertEquals("5,add,7,12\n6,subtract,1.5,4.5\n", Files.readString(temp.resolve("simple/log.csv")));
    }

    /** The set-up the server gives CSVLogger for an interface with these flagging options and no login. */
    static FlaggingSetup withOptions(List<Component> components, Path dir, String... values) {
        List<FlaggingSetup.Option> options = Arrays.stream(values).map(v -> new FlaggingSetup.Option("Flag as " + v, v)).toList();
        return new FlaggingSetup(components, dir, FlaggingMode.MANUAL, options, false);
    }
}

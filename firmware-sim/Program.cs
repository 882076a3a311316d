Console.WriteLine("firmware-sim: not yet");

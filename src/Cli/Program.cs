Console.WriteLine("hepsense: not yet");

#!/bin/sh
# Makes the demo's two recordings once (they are committed; the seed only reads them): a radio piece, about 8 s of
# speech-like tones as mono MP3, and a TV piece, a 6 s 320×180 test pattern captioned "Gương Sáng", H.264/AAC MP4
# with its index at the front (+faststart) so a browser starts playing before the whole file arrives.
# Run from this folder: sh make.sh (needs ffmpeg with libmp3lame, libx264 and drawtext; DejaVu Sans Bold).
set -e
# a voice-like tone: a pitch that rises and falls around F0 with three overtones, cut into syllables and phrases
voice() { echo "aevalsrc='$1*pow(max(0,sin(2*PI*$3*t)),2)*lt(mod(t,$4),$5)*(sin(2*PI*($2*t-9.09*cos(4.398*t)))+0.5*sin(4*PI*($2*t-9.09*cos(4.398*t)))+0.25*sin(6*PI*($2*t-9.09*cos(4.398*t))))':s=$6:d=$7"; }
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "$(voice 0.3 150 3.3 2.4 1.9 22050 8)" \
  -ac 1 -c:a libmp3lame -b:a 32k -metadata title="Nhân tố mới — Gương Sáng" nhan-to-moi-pinang-thanh.mp3
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc2=size=320x180:rate=15:duration=6" -f lavfi -i "$(voice 0.2 190 3.1 2.2 1.7 44100 6)" \
  -vf "drawbox=x=0:y=128:w=iw:h=40:color=black@0.6:t=fill,drawtext=fontfile=$font:text='Gương Sáng':fontcolor=white:fontsize=24:x=(w-text_w)/2:y=136" \
  -c:v libx264 -profile:v main -preset slow -crf 30 -pix_fmt yuv420p -c:a aac -b:a 48k -ac 1 -movflags +faststart -shortest \
  -metadata title="Gương sáng quê hương — Gương Sáng" guong-sang-que-huong-phu-thi-my.mp4
